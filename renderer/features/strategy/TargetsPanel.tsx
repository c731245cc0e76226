import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Target } from '../../../shared/features/strategy/contract';
import { isMet } from '../../../shared/features/strategy/targets';
import { formatDay } from '../../../shared/i18n/dates';
import { api } from '../../api';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useLocale } from '../../ui/locale';
import { useToasts } from '../../ui/toast';
import { goalText, valueText } from './labels';
import { TargetDialog } from './TargetDialog';

function TargetItem({ target, onEdit, onDelete }: { target: Target; onEdit(): void; onDelete(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const goal = goalText(t, target, locale);
  const state = isMet(target.kind, target.current, target.value) ? 'met' : target.onTrack ? 'onTrack' : 'offTrack';
  return (
    <li className="target">
      <h3>{goal}</h3>
      <p>
        {t('strategy.targets.now')}: <strong>{valueText(t, target, target.current)}</strong>{' '}
        <span className={`target-state target-${state}`}>{t(`strategy.targets.${state}`)}</span>
      </p>
      {target.note && <p className="muted">{target.note}</p>}
      {target.history.length === 0 ? (
        <p className="muted">{t('strategy.targets.noHistory')}</p>
      ) : (
        <ol className="target-history" aria-label={t('strategy.targets.history')}>
          {target.history.map((p) => (
            <li key={p.on}>{t('strategy.targets.point', { day: formatDay(p.on, 'd MMM yyyy', locale), value: valueText(t, target, p.value) })}</li>
          ))}
        </ol>
      )}
      <div className="row-actions">
        <button type="button" aria-label={t('strategy.targets.editNamed', { name: goal })} onClick={onEdit}>
          {t('app.edit')}
        </button>
        <button type="button" aria-label={t('strategy.targets.deleteNamed', { name: goal })} onClick={onDelete}>
          {t('app.delete')}
        </button>
      </div>
    </li>
  );
}

/**
 * The strategy targets, where they stand and whether they will be met in
 * time. Reloaded whenever `inventoryVersion` changes (after any account
 * write), since every value is computed from the inventory.
 */
export function TargetsPanel({ inventoryVersion }: { inventoryVersion: unknown }) {
  const { t } = useTranslation();
  const show = useToasts((s) => s.show);
  const [targets, setTargets] = useState<Target[] | null>(null);
  const [editing, setEditing] = useState<Target | 'new' | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      setTargets(await api('targets.list', {}));
    } catch (err) {
      setError(err);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load, inventoryVersion]);

  const publish = async (format: 'html' | 'csv') => {
    try {
      const { path, accounts } = await api('exports.directory', { format });
      if (path) show(t('strategy.directory.saved', { count: accounts, path }));
    } catch (err) {
      setError(err);
    }
  };

  const remove = async (target: Target) => {
    try {
      await api('targets.delete', { id: target.id, version: target.version });
      await load();
      show(t('strategy.targets.deleted'), {
        label: t('app.undo'),
        run: async () => {
          try {
            await api('targets.restore', { id: target.id });
            await load();
            show(t('strategy.targets.restored'));
          } catch (err) {
            setError(err);
          }
        },
      });
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="targets" aria-labelledby="targets-title">
      <div className="targets-head">
        <h2 id="targets-title">{t('strategy.targets.title')}</h2>
        <div className="targets-actions">
          <button type="button" onClick={() => setEditing('new')}>
            {t('strategy.targets.new')}
          </button>
          <button type="button" onClick={() => void publish('html')}>
            {t('strategy.directory.exportHtml')}
          </button>
          <button type="button" onClick={() => void publish('csv')}>
            {t('strategy.directory.exportCsv')}
          </button>
        </div>
      </div>
      <p className="muted">{t('strategy.targets.intro')}</p>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      {targets?.length === 0 && <p>{t('strategy.targets.empty')}</p>}
      {targets && targets.length > 0 && (
        <ul className="targets-list">
          {targets.map((target) => (
            <TargetItem key={target.id} target={target} onEdit={() => setEditing(target)} onDelete={() => void remove(target)} />
          ))}
        </ul>
      )}
      {editing && (
        <TargetDialog
          target={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            show(t('strategy.targets.saved'));
            void load();
          }}
        />
      )}
    </section>
  );
}
