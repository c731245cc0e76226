import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { settleAtMost } from '../../../shared/domain/at-most';
import { type MediaItem, UPLOADS_AT_ONCE } from '../../../shared/features/media/contract';
import { upload } from '../../api';
import { useToasts } from '../../ui/toast';

/**
 * Send files to the library a couple at a time (a town hall's laptop, not a
 * server farm) and report what came in, in the order they were dropped; the
 * first refusal is kept to show.
 */
export function useUpload(onDone: (items: MediaItem[]) => void) {
  const { t } = useTranslation();
  const { show } = useToasts();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const send = async (files: Iterable<File>) => {
    setError(null);
    const outcomes = await settleAtMost([...files], UPLOADS_AT_ONCE, (file) => {
      setBusy(file.name);
      return upload(file);
    });
    const added = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (refused) setError(refused.reason);
    setBusy(null);
    if (added.length) {
      show(t('media.uploaded', { count: added.length }));
      onDone(added);
    }
  };
  return { send, busy, error, clearError: () => setError(null) };
}
