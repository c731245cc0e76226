import { useTranslation } from 'react-i18next';
import { fillTemplate, isKnownFact } from '../../../shared/features/playbooks/fill';

/** A placeholder as people read it: «Lugar», not `{{place}}` (a fact the app does not know shows its own name). */
export function FactLabel({ name }: { name: string }) {
  const { t } = useTranslation();
  return <mark className="pb-missing">«{isKnownFact(name) ? t(`playbooks.facts.${name}`) : name}»</mark>;
}

/** A statement with its placeholders shown by label; the facts given fill theirs. */
export function StatementText({ template, facts = {} }: { template: string; facts?: Readonly<Record<string, string | undefined>> }) {
  return (
    <>
      {fillTemplate(template, facts).segments.map((s, i) => (s.kind === 'missing' ? <FactLabel key={i} name={s.name} /> : <span key={i}>{s.text}</span>))}
    </>
  );
}
