import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../shared/features/media/contract';
import { upload } from '../../api';
import { useToasts } from '../../ui/toast';

/**
 * Send files to the library one after another (a town hall's laptop, not a
 * server farm) and report what came in; the first refusal is kept to show.
 */
export function useUpload(onDone: (items: MediaItem[]) => void) {
  const { t } = useTranslation();
  const { show } = useToasts();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const send = async (files: Iterable<File>) => {
    const added: MediaItem[] = [];
    setError(null);
    for (const file of files) {
      setBusy(file.name);
      try {
        added.push(await upload(file));
      } catch (e) {
        setError(e);
      }
    }
    setBusy(null);
    if (added.length) {
      show(t('media.uploaded', { count: added.length }));
      onDone(added);
    }
  };
  return { send, busy, error, clearError: () => setError(null) };
}
