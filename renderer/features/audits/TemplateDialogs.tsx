import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditTemplate } from '../../../shared/features/audits/contract';
import { fieldErrors } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { useToasts } from '../../ui/toast';
import { FormDialog } from './FormDialog';
import { itemLabel, templateName } from './labels';
import { useAudits } from './store';

/** Name a copy of a template (shipped or not); the copy is the user's to edit. */
export function CopyDialog({ template, onClose, onCopied }: { template: AuditTemplate; onClose: () => void; onCopied: (copy: AuditTemplate) => void }) {
  const { t } = useTranslation();
  const copyTemplate = useAudits((s) => s.copyTemplate);
  const show = useToasts((s) => s.show);
  const [name, setName] = useState<string>(t('audits.templates.copyOf', { name: templateName(t, template) }));
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(t, error);
  const submit = async () => {
    const copy = await copyTemplate(template.id, name);
    show(t('audits.templates.copied'));
    onCopied(copy);
  };
  return (
    <FormDialog
      title={t('audits.templates.copyTitle')}
      submitLabel={t('audits.templates.copy')}
      onClose={onClose}
      onSubmit={submit}
      error={error}
      setError={setError}
      className="form"
    >
      <Field label={t('audits.templates.copyName')} error={errors.name}>
        <input value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
      </Field>
    </FormDialog>
  );
}

interface DraftItem {
  key?: string;
  /** The shipped text, kept until the user rewords it. */
  shipped: string | null;
  text: string;
}

/** Edit a copy: name, description, and its questions (reword, add, remove, reorder). */
export function EditDialog({ template, onClose }: { template: AuditTemplate; onClose: () => void }) {
  const { t } = useTranslation();
  const saveTemplate = useAudits((s) => s.saveTemplate);
  const show = useToasts((s) => s.show);
  const [name, setName] = useState(template.name);
  const [description, setDescription] = useState(template.description);
  const [items, setItems] = useState<DraftItem[]>(() =>
    template.items.map((i) => ({ key: i.key, shipped: i.text === null ? itemLabel(t, i) : null, text: itemLabel(t, i) })),
  );
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(t, error);
  const setItem = (index: number, text: string) => setItems(items.map((it, i) => (i === index ? { ...it, text } : it)));
  const move = (index: number) => {
    if (index === 0) return;
    const next = [...items];
    [next[index - 1], next[index]] = [next[index]!, next[index - 1]!];
    setItems(next);
  };
  const submit = async () => {
    await saveTemplate({
        id: template.id,
        version: template.version,
        name,
        description,
        // An untouched shipped question stays shipped, so it reads well in both languages.
        items: items.map((it) => ({ ...(it.key ? { key: it.key } : {}), text: it.shipped !== null && it.text === it.shipped ? null : it.text })),
      });
    show(t('app.saved'));
    onClose();
  };
  return (
    <FormDialog
      title={t('audits.templates.editTitle')}
      submitLabel={t('app.save')}
      onClose={onClose}
      onSubmit={submit}
      error={error}
      setError={setError}
      className="form audit-edit"
    >
        <Field label={t('audits.templates.name')} error={errors.name}>
          <input value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('audits.templates.description')} error={errors.description}>
          <textarea value={description} rows={2} maxLength={1000} onChange={(e) => setDescription(e.target.value)} />
        </Field>
        <p className="muted">{t('audits.templates.keptRuns')}</p>
        <ol className="audit-edit-items">
          {items.map((it, i) => (
            <li key={it.key ?? `new-${i}`}>
              <Field label={t('audits.templates.itemText', { n: i + 1 })} error={errors[`items.${i}.text`]}>
                <textarea value={it.text} rows={2} maxLength={300} onChange={(e) => setItem(i, e.target.value)} />
              </Field>
              <div className="audit-edit-item-actions">
                <button type="button" disabled={i === 0} onClick={() => move(i)} aria-label={t('audits.templates.moveUp', { n: i + 1 })}>
                  ↑
                </button>
                <button
                  type="button"
                  className="danger"
                  disabled={items.length <= 1}
                  onClick={() => setItems(items.filter((_, j) => j !== i))}
                  aria-label={t('audits.templates.removeItem', { n: i + 1 })}
                >
                  ×
                </button>
              </div>
            </li>
          ))}
        </ol>
        <div>
          <button type="button" onClick={() => setItems([...items, { shipped: null, text: '' }])}>
            {t('audits.templates.addItem')}
          </button>
        </div>
    </FormDialog>
  );
}
