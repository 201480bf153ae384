import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, MENU_LABELS } from '../../electron/shell/menu';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

const variants = [
  ['it', false],
  ['it', true],
  ['en', false],
  ['en', true],
] as const;

describe('application menu', () => {
  it('has File, Edit, View, Window and Help in Italian', () => {
    const labels = buildMenuTemplate('it', false).map((item) => item.label);
    expect(labels).toEqual(['File', 'Modifica', 'Visualizza', 'Finestra', 'Aiuto']);
  });

  it('has the same menus in English, with the app menu first on macOS', () => {
    expect(buildMenuTemplate('en', false).map((item) => item.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    expect(buildMenuTemplate('en', true).map((item) => item.label)).toEqual([
      'Percorsi',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
  });

  it.each(variants)('labels every item (%s, mac=%s)', (locale, isMac) => {
    for (const item of items(buildMenuTemplate(locale, isMac, { developerTools: true }))) {
      if (item.type === 'separator') continue;
      expect(item.label, JSON.stringify(item)).toBeTruthy();
    }
  });

  it('translates every label and leaves none behind', () => {
    const it_ = MENU_LABELS.it;
    const en = MENU_LABELS.en;
    expect(Object.keys(it_).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(it_) as (keyof typeof it_)[]) {
      expect(it_[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
    }
    const italian = new Set(items(buildMenuTemplate('it', true)).map((i) => i.label));
    expect(italian).toContain('Copia');
    expect(italian).toContain('Incolla');
    expect(italian).toContain('Esci da Percorsi');
    expect(italian).not.toContain('Copy');
  });

  it('uses standard roles for the editing commands', () => {
    const roles = items(buildMenuTemplate('it', false)).map((item) => item.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'about']) {
      expect(roles).toContain(role);
    }
  });

  it('shows developer tools only when asked', () => {
    const roles = (developerTools: boolean) =>
      items(buildMenuTemplate('en', false, { developerTools })).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
    expect(items(buildMenuTemplate('en', false)).map((i) => i.role)).not.toContain(
      'toggleDevTools',
    );
  });

  it('has no click handlers: every item is a built-in role', () => {
    for (const [locale, isMac] of variants) {
      for (const item of items(buildMenuTemplate(locale, isMac, { developerTools: true }))) {
        expect(item.click).toBeUndefined();
      }
    }
  });
});
