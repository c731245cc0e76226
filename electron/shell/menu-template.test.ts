import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { contextMenuTemplate, fill, menuTemplate } from './menu-template';

const labels = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((i) => [i.label ?? '', ...(Array.isArray(i.submenu) ? labels(i.submenu) : [])]).filter(Boolean);

const actions = () => ({ backupNow: vi.fn(), showDataFolder: vi.fn(), about: vi.fn() });

describe('native menu', () => {
  it('speaks Spanish and English', () => {
    const es = labels(menuTemplate('es', actions(), { mac: false, devTools: false }));
    const en = labels(menuTemplate('en', actions(), { mac: false, devTools: false }));
    expect(es).toEqual(expect.arrayContaining(['Archivo', 'Edición', 'Ver', 'Ventana', 'Ayuda', 'Hacer copia de seguridad ahora', 'Salir']));
    expect(en).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Window', 'Help', 'Back Up Now', 'Quit']));
    expect(es).toHaveLength(en.length);
  });

  it('runs the backup and about actions from their items', () => {
    const a = actions();
    const file = menuTemplate('es', a, { mac: false, devTools: false })[0]!.submenu as MenuItemConstructorOptions[];
    const backup = file.find((i) => i.id === 'backup-now')!;
    (backup.click as () => void)();
    expect(a.backupNow).toHaveBeenCalledOnce();
  });

  it('offers developer tools only in development', () => {
    const prod = labels(menuTemplate('en', actions(), { mac: false, devTools: false }));
    const dev = labels(menuTemplate('en', actions(), { mac: false, devTools: true }));
    expect(prod).not.toContain('Developer Tools');
    expect(dev).toContain('Developer Tools');
  });

  it('leaves Quit to the app menu on macOS', () => {
    const mac = menuTemplate('en', actions(), { mac: true, devTools: false });
    expect(mac[0]!.role).toBe('appMenu');
    expect(labels(mac)).not.toContain('Quit');
  });

  it('fills placeholders', () => {
    expect(fill('Versión {{version}} en {{path}}', { version: '1.2.3', path: '/x' })).toBe('Versión 1.2.3 en /x');
  });
});

describe('context menu', () => {
  const facts = { isEditable: true, misspelledWord: 'fiestaz', dictionarySuggestions: ['fiestas', 'fiesta'], canCut: true, canCopy: true, canPaste: true, hasSelection: true };
  it('offers spelling suggestions first in a text field', () => {
    const replace = vi.fn();
    const items = contextMenuTemplate('es', facts, { replace, addToDictionary: vi.fn() });
    expect(labels(items).slice(0, 3)).toEqual(['fiestas', 'fiesta', 'Añadir al diccionario']);
    (items[0]!.click as () => void)();
    expect(replace).toHaveBeenCalledWith('fiestas');
  });
  it('offers only Copy on selected page text, and nothing on a bare click', () => {
    expect(labels(contextMenuTemplate('en', { ...facts, isEditable: false, misspelledWord: '' }, { replace: vi.fn(), addToDictionary: vi.fn() }))).toEqual(['Copy']);
    expect(contextMenuTemplate('en', { ...facts, isEditable: false, misspelledWord: '', hasSelection: false }, { replace: vi.fn(), addToDictionary: vi.fn() })).toEqual([]);
  });
});
