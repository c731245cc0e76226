import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { networkNames, type Network } from '../../../shared/domain/networks';
import { api } from '../../api';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { fieldErrors } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { useToasts } from '../../ui/toast';
import { useCalendar } from './store';

/** Campaigns, institutional hashtag sets and the officer's own special days. */
export function ManageLibrary() {
  const { t } = useTranslation();
  return (
    <details className="manage">
      <summary>{t('calendar.manage')}</summary>
      <div className="manage-grid">
        <CampaignForm />
        <HashtagSetForm />
        <SpecialDayForm />
      </div>
    </details>
  );
}

function CampaignForm() {
  const { t } = useTranslation();
  const { campaigns, accounts, loadLibrary, changed } = useCalendar();
  const show = useToasts((s) => s.show);
  const blank = { name: '', color: '#1f5fa8', startsOn: '', endsOn: '', accountIds: [] as number[] };
  const [d, setD] = useState(blank);
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(t, error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api('campaigns.save', { name: d.name, color: d.color, startsOn: d.startsOn || null, endsOn: d.endsOn || null, accountIds: d.accountIds });
      setD(blank);
      setError(null);
      show(t('app.saved'));
      await loadLibrary();
      changed();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-labelledby="campaigns-title">
      <h2 id="campaigns-title">{t('calendar.campaigns.title')}</h2>
      {campaigns.length === 0 ? (
        <p className="muted">{t('calendar.campaigns.empty')}</p>
      ) : (
        <ul className="swatches">
          {campaigns.map((c) => (
            <li key={c.id}>
              <span className="swatch" style={{ background: c.color }} aria-hidden="true" /> {c.name}
              {c.startsOn && ` (${c.startsOn} – ${c.endsOn ?? ''})`}
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={submit} noValidate aria-label={t('calendar.campaigns.new')}>
        <ErrorBanner error={error} />
        <Field label={t('calendar.campaigns.name')} error={errors.name}>
          <input value={d.name} onChange={(e) => setD({ ...d, name: e.target.value })} />
        </Field>
        <Field label={t('calendar.campaigns.color')} error={errors.color}>
          <input type="color" value={d.color} onChange={(e) => setD({ ...d, color: e.target.value })} />
        </Field>
        <div className="row">
          <Field label={t('calendar.campaigns.startsOn')} error={errors.startsOn}>
            <input type="date" value={d.startsOn} onChange={(e) => setD({ ...d, startsOn: e.target.value })} />
          </Field>
          <Field label={t('calendar.campaigns.endsOn')} error={errors.endsOn}>
            <input type="date" value={d.endsOn} onChange={(e) => setD({ ...d, endsOn: e.target.value })} />
          </Field>
        </div>
        <fieldset>
          <legend>{t('calendar.campaigns.accounts')}</legend>
          {accounts.map((a) => (
            <label key={a.id} className="inline">
              <input
                type="checkbox"
                checked={d.accountIds.includes(a.id)}
                onChange={(e) => setD({ ...d, accountIds: e.target.checked ? [...d.accountIds, a.id] : d.accountIds.filter((x) => x !== a.id) })}
              />
              {`${networkNames[a.network as Network] ?? a.network} @${a.handle}`}
            </label>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit">{t('calendar.campaigns.save')}</button>
        </div>
      </form>
    </section>
  );
}

function HashtagSetForm() {
  const { t } = useTranslation();
  const { sets, loadLibrary } = useCalendar();
  const show = useToasts((s) => s.show);
  const [name, setName] = useState('');
  const [tags, setTags] = useState('');
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(t, error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api('hashtags.saveSet', { name, tags: tags.split(/[\s,]+/).filter(Boolean) });
      setName('');
      setTags('');
      setError(null);
      show(t('app.saved'));
      await loadLibrary();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-labelledby="sets-title">
      <h2 id="sets-title">{t('calendar.hashtagSets.title')}</h2>
      {sets.length === 0 ? (
        <p className="muted">{t('calendar.hashtagSets.empty')}</p>
      ) : (
        <ul>
          {sets.map((s) => (
            <li key={s.id}>
              <strong>{s.name}</strong>: {s.tags.map((x) => `#${x}`).join(' ')}
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={submit} noValidate aria-label={t('calendar.hashtagSets.new')}>
        <ErrorBanner error={error} />
        <Field label={t('calendar.hashtagSets.name')} error={errors.name}>
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('calendar.hashtagSets.tags')} hint={t('calendar.editor.hashtagsHint')} error={errors.tags ?? errors['tags.0']}>
          <input value={tags} onChange={(e) => setTags(e.target.value)} />
        </Field>
        <div className="form-actions">
          <button type="submit">{t('calendar.hashtagSets.save')}</button>
        </div>
      </form>
    </section>
  );
}

function SpecialDayForm() {
  const { t } = useTranslation();
  const { changed } = useCalendar();
  const show = useToasts((s) => s.show);
  const [d, setD] = useState({ name: '', day: '', recurring: true });
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(t, error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api('specialDays.save', d);
      setD({ name: '', day: '', recurring: true });
      setError(null);
      show(t('calendar.specialDays.saved'));
      changed();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-labelledby="special-title">
      <h2 id="special-title">{t('calendar.specialDays.title')}</h2>
      <p className="muted">{t('calendar.specialDays.intro')}</p>
      <form className="form" onSubmit={submit} noValidate aria-label={t('calendar.specialDays.new')}>
        <ErrorBanner error={error} />
        <Field label={t('calendar.specialDays.name')} error={errors.name}>
          <input value={d.name} onChange={(e) => setD({ ...d, name: e.target.value })} />
        </Field>
        <Field label={t('calendar.specialDays.day')} error={errors.day}>
          <input type="date" value={d.day} onChange={(e) => setD({ ...d, day: e.target.value })} />
        </Field>
        <label className="inline">
          <input type="checkbox" checked={d.recurring} onChange={(e) => setD({ ...d, recurring: e.target.checked })} />
          {t('calendar.specialDays.recurring')}
        </label>
        <div className="form-actions">
          <button type="submit">{t('calendar.specialDays.save')}</button>
        </div>
      </form>
    </section>
  );
}
