import { useTranslation } from 'react-i18next';
import { networkName } from '../../../shared/domain/networks';
import type { Contact, PlaybookContent } from '../../../shared/features/playbooks/contract';
import { useLocale } from '../../ui/locale';
import { StatementText } from './FactLabel';

function Lines({ title, lines, ordered = false }: { title: string; lines: string[]; ordered?: boolean }) {
  if (lines.length === 0) return null;
  const List = ordered ? 'ol' : 'ul';
  return (
    <section className="pb-doc-part">
      <h3>{title}</h3>
      <List>
        {lines.map((l, i) => (
          <li key={i}>{l}</li>
        ))}
      </List>
    </section>
  );
}

/**
 * A playbook that cannot be edited here (a shipped one, an old version) read
 * as the document it is: headings, lists and a table, not a greyed-out form.
 */
export function PlaybookDocument({ content, contacts }: { content: PlaybookContent; contacts: Contact[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const contactName = (id: number | null) => {
    const c = contacts.find((x) => x.id === id);
    return c ? `${c.name}${c.role ? ` (${c.role})` : ''}` : t('playbooks.editor.noContact');
  };
  return (
    <article className="pb-doc" aria-label={content.name}>
      {content.scenario && <p className="pb-doc-scenario">{content.scenario}</p>}
      <Lines title={t('playbooks.editor.criticalTopics')} lines={content.criticalTopics} />
      <Lines title={t('playbooks.editor.triggers')} lines={content.triggers} />
      {content.attackers.length > 0 && (
        <section className="pb-doc-part">
          <h3>{t('playbooks.editor.attackers')}</h3>
          <ul>
            {content.attackers.map((a, i) => (
              <li key={i}>
                <strong>{a.who}</strong>
                {a.grounds && <> — {a.grounds}</>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="pb-doc-part">
        <h3>{t('playbooks.editor.levels')}</h3>
        <table className="pb-doc-levels">
          <thead>
            <tr>
              <th scope="col">{t('playbooks.severity.label')}</th>
              <th scope="col">{t('playbooks.editor.levelDescription')}</th>
              <th scope="col">{t('playbooks.editor.firstResponse')}</th>
              <th scope="col">{t('playbooks.editor.updateEvery')}</th>
            </tr>
          </thead>
          <tbody>
            {content.severities.map((l) => (
              <tr key={l.severity}>
                <th scope="row">
                  <span className={`sev sev-${l.severity}`}>{t(`playbooks.severity.${l.severity}`)}</span>
                </th>
                <td>{l.description}</td>
                <td>{t('playbooks.doc.minutes', { count: l.firstResponseMinutes })}</td>
                <td>{t('playbooks.doc.minutes', { count: l.updateEveryMinutes })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {content.checklist.length > 0 && (
        <section className="pb-doc-part">
          <h3>{t('playbooks.editor.checklist')}</h3>
          <ul>
            {content.checklist.map((c, i) => (
              <li key={i}>
                {c.fact}
                {c.confirmWith && <span className="muted"> — {t('playbooks.doc.confirmWith', { who: c.confirmWith })}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {content.responders.length > 0 && (
        <section className="pb-doc-part">
          <h3>{t('playbooks.editor.responders')}</h3>
          <ul>
            {content.responders.map((r, i) => (
              <li key={i}>
                <strong>{t(`playbooks.duties.${r.duty}`)}</strong>: {r.role}
                {r.contactId !== null && <> · {contactName(r.contactId)}</>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Lines title={t('playbooks.editor.steps')} lines={content.steps} ordered />
      <div className="pb-two">
        <Lines title={t('playbooks.editor.dos')} lines={content.dos} />
        <Lines title={t('playbooks.editor.donts')} lines={content.donts} />
      </div>
      {content.keywords.length > 0 && (
        <section className="pb-doc-part">
          <h3>{t('playbooks.editor.keywords')}</h3>
          <p>{content.keywords.join(' · ')}</p>
        </section>
      )}
      {content.statements.length > 0 && (
        <section className="pb-doc-part">
          <h3>{t('playbooks.editor.statements')}</h3>
          {content.statements.map((st) => (
            <section key={st.key} className="pb-doc-statement" aria-label={st.title}>
              <h4>{st.title}</h4>
              <p className="pb-doc-text">
                <StatementText template={st.text} />
              </p>
              {st.variants.map((v) => (
                <p key={v.network} className="pb-doc-text">
                  <strong>{networkName(v.network, locale)}:</strong> <StatementText template={v.text} />
                </p>
              ))}
            </section>
          ))}
        </section>
      )}
    </article>
  );
}
