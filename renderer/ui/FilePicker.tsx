import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  accept: string;
  onFile(file: File): void;
}

/**
 * A file input that speaks the app's language: the browser's own button says
 * "Choose File" in the system's language whatever the app is set to, so the
 * real input is only hidden from sight (still focusable and labelled) and a
 * translated button and the chosen file's name stand in for it.
 */
export function FilePicker({ label, accept, onFile }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const choose = (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.target;
    const file = input.files?.[0];
    if (!file) return;
    setName(file.name);
    onFile(file);
    // The same file again (fixed in the spreadsheet and saved) must be read again.
    input.value = '';
  };
  return (
    <div className="field file-picker">
      <span className="file-picker-label" id={`${id}-label`}>
        {label}
      </span>
      <input id={id} type="file" className="visually-hidden" accept={accept} aria-labelledby={`${id}-label`} aria-describedby={`${id}-name`} onChange={choose} />
      <div className="file-picker-row">
        <label htmlFor={id} className="button-like" aria-hidden="true">
          {t('app.file.choose')}
        </label>
        <span id={`${id}-name`} className="muted">
          {name || t('app.file.none')}
        </span>
      </div>
    </div>
  );
}
