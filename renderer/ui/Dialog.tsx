import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons at the bottom (confirm, save...). A close button is always there. */
  actions?: ReactNode;
  /** What the always-present button says when "Close" would be ambiguous (a dialog about closing something). */
  closeLabel?: string;
}

/**
 * A real modal <dialog>: the browser traps focus, Escape closes it, and
 * focus returns to whatever opened it.
 */
export function Dialog({ open, title, onClose, children, actions, closeLabel }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
      if (opener.current instanceof HTMLElement) opener.current.focus();
    }
  }, [open]);

  return (
    <dialog ref={ref} aria-labelledby="dialog-title" onCancel={(e) => { e.preventDefault(); onClose(); }} className="dialog">
      {open && (
        <>
          <h2 id="dialog-title">{title}</h2>
          <div className="dialog-body">{children}</div>
          <div className="dialog-actions">
            {actions}
            <button type="button" onClick={onClose}>
              {closeLabel ?? t('app.close')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
