import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en';
import { es } from '../../shared/i18n/es';
import { AppError } from '../../shared/ipc/errors';
import { catalogLabels, errorText } from './errors';

const tFor = async (lng: 'es' | 'en'): Promise<TFunction> => {
  const inst = i18next.createInstance();
  await inst.init({ resources: { es: { translation: es }, en: { translation: en } }, lng, interpolation: { escapeValue: false } });
  return inst.t;
};

let tEs: TFunction;
let tEn: TFunction;
beforeAll(async () => {
  tEs = await tFor('es');
  tEn = await tFor('en');
});

const gate = AppError.validation([{ path: 'status', code: 'calendar.errors.checklistIncomplete', params: { count: 1, missing: ['sensitive'] } }]);
const tooLong = AppError.validation([{ path: 'targets.1.text', code: 'validation.too_big', params: { max: 20000 } }]);

describe('validation messages', () => {
  it('name the field by the label the form shows, in the office language', () => {
    expect(errorText(tEs, gate, catalogLabels(tEs, 'calendar.editor'))).toBe(
      'Hay datos que revisar. Estado: No se puede aprobar ni dar por publicada: falta 1 comprobación de la lista previa.',
    );
    expect(errorText(tEn, gate, catalogLabels(tEn, 'calendar.editor'))).toBe(
      'Some fields need checking. Status: It cannot be approved or marked published: 1 pre-publication check is missing.',
    );
  });

  it('drop list positions and follow aliases to the control’s label', () => {
    const labels = catalogLabels(tEs, 'calendar.editor', { 'targets.text': 'accounts' });
    expect(labels('targets.1.text')).toBe('Cuentas de destino');
    expect(errorText(tEs, tooLong, labels)).toBe('Hay datos que revisar. Cuentas de destino: Demasiado largo o grande (máximo 20000).');
  });

  it('never show the internal name of a field, even where no form labels it', () => {
    const text = errorText(tEs, gate);
    expect(text).toBe('Hay datos que revisar. No se puede aprobar ni dar por publicada: falta 1 comprobación de la lista previa.');
    expect(text).not.toMatch(/status|Campo/);
    expect(catalogLabels(tEs, 'calendar.editor')('nope')).toBeUndefined();
  });
});
