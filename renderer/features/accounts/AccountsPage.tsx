import { useTranslation } from 'react-i18next';

/** Placeholder until the accounts feature lands. */
export function AccountsPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="accounts-title" className="page">
      <h1 id="accounts-title">{t('accounts.title')}</h1>
      <p>{t('accounts.intro')}</p>
    </section>
  );
}
