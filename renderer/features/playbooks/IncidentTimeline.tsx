import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/features/playbooks/contract';
import { fieldErrors } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { useApp } from '../app/store';
import { eventText } from './eventText';
import { usePlaybooks } from './store';
import { localToInstant } from '../../../shared/domain/time';
import { timeOf } from './time';

const addable = ['question', 'update_promised', 'note', 'correction'] as const;
type Addable = (typeof addable)[number];

/** The record of what was said and when. Entries are only ever added; a correction points at the entry it fixes. */
export function IncidentTimeline({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const settings = useApp((s) => s.settings);
  const tz = settings?.timeZone ?? 'UTC';
  const { updateIncident, error } = usePlaybooks();
  const [kind, setKind] = useState<Addable>('note');
  const [text, setText] = useState('');
  const [at, setAt] = useState('');
  const [due, setDue] = useState('');
  const [corrects, setCorrects] = useState('');
  const errors = fieldErrors(t, error);
  const time = (iso: string) => timeOf(iso, incident.locale, tz);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const when = at ? localToInstant(at, tz) : null;
    const ok = await updateIncident('incidents.addEvent', {
      id: incident.id,
      kind,
      text,
      ...(when ? { at: when } : {}),
      dueAt: kind === 'update_promised' ? localToInstant(due, tz) : null,
      correctsId: kind === 'correction' && corrects ? Number(corrects) : null,
    });
    if (ok) {
      setText('');
      setAt('');
      setDue('');
      setCorrects('');
    }
  };

  const describe = (e: Incident['events'][number]) => eventText(t, e);

  return (
    <section className="pb-card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('playbooks.incident.timelineHeading')}</h2>
      <p className="muted">{t('playbooks.incident.timelineHint')}</p>
      <form className="pb-entry" onSubmit={submit} aria-label={t('playbooks.incident.addEntry')}>
        <Field label={t('playbooks.incident.entryKind')}>
          <select value={kind} onChange={(e) => setKind(e.target.value as Addable)}>
            {addable.map((k) => (
              <option key={k} value={k}>
                {t(`playbooks.events.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        {kind === 'correction' && (
          <Field label={t('playbooks.incident.entryCorrects')} error={errors.correctsId}>
            <select value={corrects} onChange={(e) => setCorrects(e.target.value)}>
              <option value="" />
              {incident.events.map((e) => (
                <option key={e.id} value={e.id}>
                  {time(e.at)} · {t(`playbooks.events.${e.kind}`)} {e.text.slice(0, 40)}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label={t('playbooks.incident.entryText')} error={errors.text}>
          <textarea rows={2} value={text} maxLength={5000} onChange={(e) => setText(e.target.value)} />
        </Field>
        {kind === 'update_promised' && (
          <Field label={t('playbooks.incident.entryDue')} error={errors.dueAt}>
            <input type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} />
          </Field>
        )}
        <Field label={t('playbooks.incident.entryAt')}>
          <input type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('playbooks.incident.add')}
          </button>
        </div>
      </form>
      <ol className="pb-timeline" aria-label={t('playbooks.incident.timelineHeading')}>
        {[...incident.events].reverse().map((e) => {
          const target = e.correctsId ? incident.events.find((x) => x.id === e.correctsId) : undefined;
          return (
            <li key={e.id} className={`pb-event ev-${e.kind}`}>
              <time dateTime={e.at}>{time(e.at)}</time>
              <div>
                <strong>{t(`playbooks.events.${e.kind}`)}</strong>
                {e.accountLabel && <span> · {e.accountLabel}</span>}
                {e.who && <span> · {t('playbooks.incident.by', { who: e.who })}</span>}
                {e.dueAt && <span> → {time(e.dueAt)}</span>}
                {target && <span className="muted"> · {t('playbooks.incident.corrects', { time: time(target.at) })}</span>}
                {describe(e) && <div className="pb-event-text">{describe(e)}</div>}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
