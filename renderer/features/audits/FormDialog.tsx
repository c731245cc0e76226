import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { Dialog } from '../../ui/Dialog';
import { ErrorBanner } from '../../ui/ErrorBanner';

interface FormDialogProps {
  title: string;
  submitLabel: string;
  onClose: () => void;
  /** The work behind the submit button; an error it throws is shown in the dialog. */
  onSubmit: () => Promise<void>;
  /** The error to show (and hand to fieldErrors), owned by the caller. */
  error: unknown;
  setError: (error: unknown) => void;
  className?: string;
  children: ReactNode;
}

/** A modal form: its submit button in the dialog's action row, its error banner on top. */
export function FormDialog({ title, submitLabel, onClose, onSubmit, error, setError, className, children }: FormDialogProps) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await onSubmit();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      actions={
        <button type="submit" form={id} className="primary" disabled={busy}>
          {submitLabel}
        </button>
      }
    >
      <ErrorBanner error={error} />
      <form id={id} className={className} onSubmit={(e) => void submit(e)} noValidate>
        {children}
      </form>
    </Dialog>
  );
}
