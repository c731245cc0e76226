import { useTranslation } from 'react-i18next';
import { errorText, type FieldLabels } from './errors';

/** An error from api(), translated, announced to screen readers; `labels` names fields as the form shows them. */
export function ErrorBanner({ error, onDismiss, labels }: { error: unknown; onDismiss?: () => void; labels?: FieldLabels }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div role="alert" className="banner banner-error">
      <span>{errorText(t, error, labels)}</span>
      {onDismiss && (
        <button type="button" className="link-button" onClick={onDismiss}>
          {t('app.dismiss')}
        </button>
      )}
    </div>
  );
}
