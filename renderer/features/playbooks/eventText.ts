import type { TFunction } from 'i18next';
import type { IncidentEvent } from '../../../shared/features/playbooks/contract';
import { isKnownFact } from '../../../shared/features/playbooks/fill';

/** What a timeline entry says, in the reader's words (fact names and counts translated). */
export function eventText(t: TFunction, e: IncidentEvent): string {
  if (e.kind === 'posts_paused') return t('playbooks.incident.paused', { count: Number(e.text) || 0 });
  if (e.kind === 'posts_resumed') return t('playbooks.incident.resumed', { count: Number(e.text) || 0 });
  if (e.kind === 'ended') return '';
  if (e.kind === 'facts_updated') {
    return e.text
      .split('\n')
      .map((line) => {
        const [k = '', ...v] = line.split(': ');
        return `${isKnownFact(k) ? t(`playbooks.facts.${k}`) : k}: ${v.join(': ')}`;
      })
      .join(' · ');
  }
  return e.text;
}
