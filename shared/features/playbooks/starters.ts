import type { Locale } from '../../ipc/schemas';
import type { PlaybookContent } from './model';
import { startersEn } from './starters-en';
import { startersEs } from './starters-es';

/** The starter set, in the order a town hall meets these crises most often. */
export const starterKeys = ['flood', 'outage', 'road', 'hoax', 'hijack', 'statement', 'dataleak', 'health'] as const;

export const starters: Record<Locale, Record<string, PlaybookContent>> = { es: startersEs, en: startersEn };

/** A blank incident still needs one general holding statement. */
export function blankContent(locale: Locale): PlaybookContent {
  const es = locale === 'es';
  const level = (severity: 'low' | 'high' | 'critical', first: number, every: number) => ({ severity, description: '', firstResponseMinutes: first, updateEveryMinutes: every });
  return {
    name: es ? 'Incidente sin protocolo' : 'Incident without a playbook',
    scenario: '',
    criticalTopics: [],
    attackers: [],
    triggers: [],
    severities: [level('low', 120, 240), level('high', 30, 60), level('critical', 15, 30)],
    checklist: [{ fact: es ? 'Qué ha pasado, dónde y desde cuándo' : 'What happened, where and since when', confirmWith: '' }],
    responders: [],
    steps: [],
    dos: [],
    donts: [],
    keywords: [],
    statements: [
      {
        key: 'first',
        title: es ? 'Primer aviso' : 'First notice',
        text: es
          ? 'AVISO | Estamos al tanto de lo ocurrido en {{place}} desde las {{time}}. {{detail}}. Informaremos de nuevo a las {{next_update}}.'
          : 'NOTICE | We are aware of what happened in {{place}} since {{time}}. {{detail}}. We will update you at {{next_update}}.',
        variants: [],
      },
    ],
  };
}
