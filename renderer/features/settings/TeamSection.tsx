import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { catalogLabels, fieldErrors } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { useToasts } from '../../ui/toast';
import { useApp } from '../app/store';
import { useTeam } from './teamStore';

/**
 * Who works at this computer and where the data lives: the local file, or
 * the team's PostgreSQL server (address here, password sealed by the
 * system's keychain in the main process, never shown again).
 */
export function TeamSection() {
  const { t } = useTranslation();
  const { team, load, save } = useTeam();
  const engine = useApp((s) => s.info?.engine);
  const show = useToasts((s) => s.show);
  const [personName, setPersonName] = useState('');
  const [shared, setShared] = useState(false);
  const [url, setUrl] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const whereId = useId();

  useEffect(() => {
    load().catch(setError);
  }, [load]);
  useEffect(() => {
    if (!team) return;
    setPersonName(team.personName);
    setShared(team.server !== null);
    setUrl(team.server?.url ?? '');
  }, [team]);
  if (!team) return <ErrorBanner error={error} />;
  const errors = fieldErrors(t, error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const server = shared ? { url, ...(password ? { password } : {}) } : null;
      const saved = await save({ personName, server });
      setPassword('');
      setError(null);
      show(t('settings.team.saved', { where: t(saved.server ? 'settings.engines.postgres' : 'settings.engines.sqlite').toLowerCase() }));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section aria-labelledby="team-title">
      <h2 id="team-title">{t('settings.team.title')}</h2>
      <p>{t('settings.team.intro')}</p>
      {engine && (
        <p>
          {t('settings.engine')}: <strong>{t(`settings.engines.${engine}`)}</strong>
        </p>
      )}
      <ErrorBanner error={error} onDismiss={() => setError(null)} labels={catalogLabels(t, 'settings')} />
      <form onSubmit={submit} className="form" noValidate>
        <Field label={t('settings.team.personName')} hint={t('settings.team.personNameHint')} error={errors.personName}>
          <input value={personName} maxLength={80} autoComplete="name" onChange={(e) => setPersonName(e.target.value)} />
        </Field>
        <fieldset disabled={team.fixed} aria-describedby={team.fixed ? `${whereId}-fixed` : undefined}>
          <legend>{t('settings.team.where')}</legend>
          {team.fixed && <p id={`${whereId}-fixed`}>{t('settings.team.fixed')}</p>}
          <label>
            <input type="radio" name={whereId} checked={!shared} onChange={() => setShared(false)} /> {t('settings.team.local')}
          </label>
          <label>
            <input type="radio" name={whereId} checked={shared} onChange={() => setShared(true)} /> {t('settings.team.shared')}
          </label>
          {shared && (
            <>
              <Field label={t('settings.team.url')} hint={t('settings.team.urlHint')} error={errors['server.url']}>
                <input value={url} maxLength={500} spellCheck={false} inputMode="url" onChange={(e) => setUrl(e.target.value)} />
              </Field>
              <Field label={t('settings.team.password')} hint={team.passwordKept ? t('settings.team.passwordKept') : undefined} error={errors['server.password']}>
                <input type="password" value={password} maxLength={200} autoComplete="current-password" onChange={(e) => setPassword(e.target.value)} />
              </Field>
            </>
          )}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('settings.team.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
