import { type ReactElement, cloneElement, useId } from 'react';

interface FieldProps {
  label: string;
  /** A translated message shown under the control and tied to it for assistive tech. */
  error?: string;
  hint?: string;
  /** Advice that does not stop the save (a value allowed but unusual). */
  warning?: string;
  children: ReactElement<Record<string, unknown>>;
}

/** A labelled control with its hint and validation message next to it. */
export function Field({ label, error, hint, warning, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const warningId = `${id}-warning`;
  const describedBy = [hint ? hintId : null, warning ? warningId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {hint && (
        <small id={hintId} className="field-hint">
          {hint}
        </small>
      )}
      {warning && (
        <small id={warningId} className="field-warning">
          {warning}
        </small>
      )}
      {error && (
        <small id={errorId} className="field-error">
          {error}
        </small>
      )}
    </div>
  );
}
