import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/features/settings/contract';
import { api } from '../../api';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { catalogLabels, fieldErrors } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { useToasts } from '../../ui/toast';
import { useApp } from '../app/store';
import { TeamSection } from './TeamSection';
import { TimeZonePicker } from './TimeZonePicker';

export function SettingsPage() {
  const { t } = useTranslation();
  const { settings, info, saveSettings } = useApp();
  const show = useToasts((s) => s.show);
  const [draft, setDraft] = useState<Settings | null>(settings);
  const [error, setError] = useState<unknown>(null);
  if (!draft || !info) return null;
  const errors = fieldErrors(t, error);
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => setDraft({ ...draft, [key]: value });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const saved = await saveSettings(draft);
      setDraft(saved);
      setError(null);
      show(t('app.saved'));
    } catch (err) {
      setError(err);
    }
  };

  const backupNow = async () => {
    try {
      const b = await api('store.backup', {});
      show(t('store.backupDone', { path: b.path }));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section aria-labelledby="settings-title" className="page">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <p>{t('settings.intro')}</p>
      <ErrorBanner error={error} onDismiss={() => setError(null)} labels={catalogLabels(t, 'settings')} />
      <form onSubmit={submit} className="form" noValidate>
        <Field label={t('settings.officeName')} hint={t('settings.officeNameHint')} error={errors.officeName}>
          <input value={draft.officeName} maxLength={120} onChange={(e) => set('officeName', e.target.value)} />
        </Field>
        <Field label={t('settings.locale')} error={errors.locale}>
          <select value={draft.locale} onChange={(e) => set('locale', e.target.value as Settings['locale'])}>
            <option value="es">{t('languages.es')}</option>
            <option value="en">{t('languages.en')}</option>
          </select>
        </Field>
        <TimeZonePicker value={draft.timeZone} office={settings?.timeZone ?? draft.timeZone} error={errors.timeZone} onChange={(z) => set('timeZone', z)} />
        <Field label={t('settings.weekStart')} error={errors.weekStart}>
          <select value={draft.weekStart} onChange={(e) => set('weekStart', e.target.value as Settings['weekStart'])}>
            <option value="monday">{t('settings.weekStarts.monday')}</option>
            <option value="sunday">{t('settings.weekStarts.sunday')}</option>
          </select>
        </Field>
        <Field label={t('settings.dormantAfterDays')} error={errors.dormantAfterDays}>
          <input
            type="number"
            min={7}
            max={3650}
            value={draft.dormantAfterDays}
            onChange={(e) => set('dormantAfterDays', Number(e.target.value))}
          />
        </Field>
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('app.save')}
          </button>
        </div>
      </form>
      <TeamSection />
      <h2>{t('settings.data')}</h2>
      <dl className="facts">
        <dt>{t('settings.engine')}</dt>
        <dd>{t(`settings.engines.${info.engine}`)}</dd>
        <dt>{t('settings.dataPath')}</dt>
        <dd>{info.dataPath}</dd>
        <dt>{t('settings.schemaVersion')}</dt>
        <dd>{info.schemaVersion}</dd>
        <dt>{t('settings.version')}</dt>
        <dd>{info.version}</dd>
      </dl>
      <button type="button" onClick={backupNow}>
        {t('store.backupNow')}
      </button>
    </section>
  );
}
