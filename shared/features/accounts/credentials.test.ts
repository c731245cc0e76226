import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikePassword } from './credentials';

describe('looksLikePassword', () => {
  it('accepts places people write', () => {
    for (const place of [
      '',
      'Gestor de contraseñas del ayuntamiento (Bitwarden)',
      'Bitwarden',
      '1Password',
      'KeePass',
      'Caja fuerte de Alcaldía',
      'Armario B2 de Comunicación',
      'Sobre cerrado en Secretaría',
      'Carpeta compartida \\\\servidor\\comunicacion\\claves.kdbx',
      'C:\\Comunicacion\\claves.kdbx',
      'https://vault.ayto-villanueva.es',
      'Buzón comunicacion@villanueva.es',
      'Lo tiene la técnica de Juventud',
      'Password manager, Communications folder',
      'claves.xlsx',
    ]) {
      expect(looksLikePassword(place), place).toBe(false);
    }
  });

  it('rejects passwords and labelled secrets', () => {
    for (const secret of [
      'Ayto2024!',
      'Ayto2024',
      'verano!!22',
      'villanueva_2023',
      'pass: fiestas2024',
      'Contraseña: Roque123',
      'contraseña',
      'password',
      'clave = 1234',
      '482913',
      'aZ9kfj3lqkd8Xw',
      'En Bitwarden, entrada Ayto2024!',
      '9f86d081884c7d659a2feaa0c55ad015',
    ]) {
      expect(looksLikePassword(secret), secret).toBe(true);
    }
  });

  it('never flags plain words separated by spaces', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-záéíóúñ]{1,10}$/), { minLength: 2, maxLength: 6 }), (words) => {
        const text = words.join(' ');
        fc.pre(!/(pass|pwd|contrase|clave|pin|secret|token)/.test(text));
        return looksLikePassword(text) === false;
      }),
    );
  });

  it('flags any long random token of letters and digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{16,32}$/), (token) => {
        fc.pre(/[A-Za-z]/.test(token) && /[0-9]/.test(token));
        return looksLikePassword(token);
      }),
    );
  });
});
