import { useTranslation } from 'react-i18next';
import { errorText } from './errors';

/** An error from api(), translated, announced to screen readers. */
export function ErrorBanner({ error, onDismiss }: { error: unknown; onDismiss?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div role="alert" className="banner banner-error">
      <span>{errorText(t, error)}</span>
      {onDismiss && (
        <button type="button" className="link-button" onClick={onDismiss}>
          {t('app.dismiss')}
        </button>
      )}
    </div>
  );
}
