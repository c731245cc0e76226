import type { TFunction } from 'i18next';
import type { PlaybookContent } from '../../../shared/features/playbooks/model';
import type { ConflictField } from '../../ui/conflict';

/** A section as lines of text: one line per item, an item's parts joined as the document reads them. */
function readable(value: unknown): string {
  if (Array.isArray(value)) return value.map(part).join('\n');
  return part(value);
}
function part(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  return Object.values(value as Record<string, unknown>)
    .map(part)
    .filter(Boolean)
    .join(' · ');
}

const sections = ['name', 'scenario', 'criticalTopics', 'triggers', 'attackers', 'severities', 'checklist', 'responders', 'steps', 'dos', 'donts', 'keywords', 'statements'] as const;
const labelKey: Partial<Record<(typeof sections)[number], string>> = { severities: 'levels' };

/** Every section of a playbook, in the editor's order, to set a draft beside the version saved since. */
export function playbookConflictFields(t: TFunction): ConflictField<PlaybookContent>[] {
  return sections.map((key) => ({
    label: (t as unknown as (k: string) => string)(`playbooks.editor.${labelKey[key] ?? key}`),
    text: (c: PlaybookContent) => readable(c[key]),
  }));
}
