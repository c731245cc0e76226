import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/features/strategy/people';
import { api } from '../../api';
import { Field } from '../../ui/Field';

/** Everyone in the people directory (a town hall has tens, a city a few hundred). */
export function usePeople(): Person[] {
  const [people, setPeople] = useState<Person[]>([]);
  useEffect(() => {
    let live = true;
    api('people.list', { limit: 1000 })
      .then((page) => live && setPeople(page.items))
      .catch(() => live && setPeople([]));
    return () => {
      live = false;
    };
  }, []);
  return people;
}

interface Props {
  people: Person[];
  ownerName: string;
  /** '' for none. */
  deputyPersonId: string;
  errors: Record<string, string | undefined>;
  onOwnerName(name: string): void;
  onDeputy(id: string): void;
}

/**
 * The account's owner and deputy, as people. The owner is typed by name (a
 * new name becomes a person when the account is saved); the deputy is picked
 * from the people already known. Picking someone with no training recorded
 * says so before saving: the account will count as owned by someone untrained.
 */
export function OwnerFields({ people, ownerName, deputyPersonId, errors, onOwnerName, onDeputy }: Props) {
  const { t } = useTranslation();
  const name = ownerName.trim().toLowerCase();
  const owner = people.find((p) => p.name.toLowerCase() === name);
  const ownerHint = name === '' ? undefined : !owner ? t('strategy.people.newUntrained') : owner.trainedOn === null ? t('strategy.people.untrainedWarning', { name: owner.name }) : undefined;
  return (
    <>
      <Field label={t('accounts.fields.ownerName')} hint={ownerHint} error={errors.ownerName ?? errors.ownerPersonId}>
        <input value={ownerName} maxLength={120} list="account-people" autoComplete="off" onChange={(e) => onOwnerName(e.target.value)} />
      </Field>
      <datalist id="account-people">
        {people.map((p) => (
          <option key={p.id} value={p.name} />
        ))}
      </datalist>
      <PersonSelect label={t('strategy.people.deputy')} none={t('strategy.people.noDeputy')} people={people} value={deputyPersonId} error={errors.deputyPersonId} onChange={onDeputy} />
    </>
  );
}

interface PersonSelectProps {
  label: string;
  /** The option for nobody. */
  none: string;
  people: Person[];
  /** '' for none. */
  value: string;
  error?: string;
  onChange(id: string): void;
}

/** One person picked from the people already known, with a word when they have no training recorded. */
export function PersonSelect({ label, none, people, value, error, onChange }: PersonSelectProps) {
  const { t } = useTranslation();
  const chosen = people.find((p) => String(p.id) === value);
  return (
    <Field label={label} hint={chosen && chosen.trainedOn === null ? t('strategy.people.untrainedWarning', { name: chosen.name }) : undefined} error={error}>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{none}</option>
        {people.map((p) => (
          <option key={p.id} value={String(p.id)}>
            {p.name}
          </option>
        ))}
        {value !== '' && !chosen && <option value={value}>{t('strategy.people.unknownPerson')}</option>}
      </select>
    </Field>
  );
}
