import type { TFunction } from 'i18next';
import { networkName } from '../../../shared/domain/networks';
import type { AccountRef } from '../../../shared/features/accounts/contract';
import { formatServiceHours } from '../../../shared/features/strategy/hours';
import type { Person } from '../../../shared/features/strategy/people';
import type { Locale } from '../../../shared/ipc/schemas';
import type { ConflictField } from '../../ui/conflict';
import type { FormState } from './AccountForm';

/**
 * Every field of the account form as the officer reads it: choices by their
 * names, people by name, service hours as the short text profiles carry.
 */
export function accountConflictFields(t: TFunction, locale: Locale, people: Person[], accounts: AccountRef[]): ConflictField<FormState>[] {
  const person = (id: string) => (id === '' ? '' : (people.find((p) => String(p.id) === id)?.name ?? t('strategy.people.unknownPerson')));
  const label = (key: Exclude<keyof FormState, 'deputyPersonId' | 'listed'>): string => t(`accounts.fields.${key}`);
  const as = (key: Parameters<typeof label>[0]): ConflictField<FormState> => ({ label: label(key), text: (f) => String(f[key]) });
  return [
    { label: label('network'), text: (f) => networkName(f.network, locale) },
    ...(['handle', 'displayName', 'url', 'department', 'ownerName'] as const).map(as),
    { label: t('strategy.people.deputy'), text: (f) => person(f.deputyPersonId) },
    ...(['ownerContact', 'ownerTrainedOn'] as const).map(as),
    { label: label('role'), text: (f) => t(`accounts.roles.${f.role}`) },
    ...(['purpose', 'audience', 'tone', 'postsPerWeekTarget'] as const).map(as),
    { label: label('serviceHours'), text: (f) => formatServiceHours(f.serviceHours, locale) },
    { label: label('closedDays'), text: (f) => f.closedDays.join(', ') },
    as('responseTargetHours'),
    { label: label('coveredByPersonId'), text: (f) => person(f.coveredByPersonId) },
    { label: t('strategy.directory.listed'), text: (f) => (f.listed ? t('app.yes') : t('app.no')) },
    { label: label('status'), text: (f) => t(`accounts.statuses.${f.status}`) },
    { label: label('mergeIntoId'), text: (f) => (f.mergeIntoId === '' ? '' : (accounts.find((a) => String(a.id) === f.mergeIntoId)?.handle ?? `#${f.mergeIntoId}`)) },
    ...(['lastActivityOn', 'brandingCheckedOn'] as const).map(as),
    { label: label('twoFactor'), text: (f) => t(`accounts.twoFactor.${f.twoFactor}`) },
    ...(['credentialsLocation', 'tags', 'notes'] as const).map(as),
  ];
}
