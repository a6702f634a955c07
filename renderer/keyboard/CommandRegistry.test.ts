import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { localeResources } from '../i18n/setupI18n';
import { COMMAND_CATALOG, commandLabelKey, type CommandId } from './commandCatalog';
import { CommandRegistry } from './CommandRegistry';
import { filterCommands } from './filterCommands';
import { nextPane } from './paneCycle';
import { ariaKeyShortcuts, matchesShortcut, shortcutLabel } from './shortcut';

const key = (key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}, code = '') => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});

describe('the command catalog', () => {
  it('gives no two commands the same keys, so one key press never means two things', () => {
    const all = COMMAND_CATALOG.flatMap((command) => command.shortcuts.map((shortcut) => shortcut.toUpperCase()));
    expect(new Set(all).size).toBe(all.length);
  });

  it.each(['fr', 'en'])('names every command in %s', async (lng) => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng, resources: localeResources(), ns: ['keyboard'], interpolation: { escapeValue: false } });
    for (const { id } of COMMAND_CATALOG) expect(i18n.exists(commandLabelKey(id)), `${lng} ${id}`).toBe(true);
  });
});

describe('CommandRegistry', () => {
  it('lists only bound commands, in catalog order, and forgets one when it is unbound', () => {
    const registry = new CommandRegistry();
    const unbindExport = registry.bind('draft.export', () => undefined);
    registry.bind('palette.open', () => undefined);
    expect(registry.available().map((command) => command.id)).toEqual(['palette.open', 'draft.export']);
    unbindExport();
    expect(registry.available().map((command) => command.id)).toEqual(['palette.open']);
  });

  it('runs the command whose keys were pressed, and only in its pane when it has one', () => {
    const registry = new CommandRegistry();
    const ran: CommandId[] = [];
    for (const id of ['draft.export', 'precedents.insert', 'pane.next', 'pane.previous', 'palette.open'] as const) registry.bind(id, () => ran.push(id));
    const pressed = (event: ReturnType<typeof key>, pane: string | null) => {
      const id = registry.commandForKeys(event, pane);
      if (id) registry.run(id);
    };
    pressed(key('E', { ctrlKey: true, shiftKey: true }), 'draft');
    pressed(key('Enter', { ctrlKey: true }), 'draft');
    pressed(key('Enter', { ctrlKey: true }), 'precedents');
    pressed(key('F6'), null);
    pressed(key('F6', { shiftKey: true }), 'themes');
    pressed(key('P', { metaKey: true, shiftKey: true }), null);
    pressed(key('e', { ctrlKey: true }), 'draft');
    expect(ran).toEqual(['draft.export', 'precedents.insert', 'pane.next', 'pane.previous', 'palette.open']);
  });

  it('keeps a later binding when an earlier one unbinds (a component remounted)', () => {
    const registry = new CommandRegistry();
    const ran: string[] = [];
    const unbindFirst = registry.bind('draft.new', () => ran.push('first'));
    registry.bind('draft.new', () => ran.push('second'));
    unbindFirst();
    expect(registry.run('draft.new')).toBe(true);
    expect(ran).toEqual(['second']);
  });

  it('tells its subscribers when bindings change', () => {
    const registry = new CommandRegistry();
    let told = 0;
    registry.subscribe(() => told++);
    const before = registry.snapshot();
    registry.bind('library.open', () => undefined)();
    expect(told).toBe(2);
    expect(registry.snapshot()).not.toBe(before);
  });
});

describe('shortcuts', () => {
  it('reads the letter from the layout, or from its place when a modifier changes the character', () => {
    expect(matchesShortcut('Mod+K', key('k', { ctrlKey: true }))).toBe(true);
    expect(matchesShortcut('Mod+Shift+K', key('Dead', { ctrlKey: true, shiftKey: true }, 'KeyK'))).toBe(true);
    expect(matchesShortcut('Mod+K', key('k', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(matchesShortcut('F6', key('F6', { shiftKey: true }))).toBe(false);
  });

  it('shows and announces Mod as Ctrl, or as Cmd on a Mac', () => {
    expect(shortcutLabel('Mod+Shift+E', false)).toBe('Ctrl+Shift+E');
    expect(shortcutLabel('Mod+Shift+E', true)).toBe('⌘+Shift+E');
    expect(ariaKeyShortcuts(['Mod+K', 'Mod+Shift+P'], false)).toBe('Control+K Control+Shift+P');
    expect(ariaKeyShortcuts(['F6'], true)).toBe('F6');
  });
});

describe('filterCommands', () => {
  const entries = [{ label: 'Exporter le projet vers Word…' }, { label: 'Vérifier tout le projet' }, { label: 'Changer la langue de l’interface (English)' }];

  it('keeps the commands holding every word typed, in any order, accents and case aside', () => {
    expect(filterCommands(entries, 'projet verif')).toEqual([entries[1]]);
    expect(filterCommands(entries, 'WORD')).toEqual([entries[0]]);
    expect(filterCommands(entries, '  ')).toEqual(entries);
    expect(filterCommands(entries, 'imprimer')).toEqual([]);
  });
});

describe('nextPane', () => {
  const panes = ['themes', 'precedents', 'detail', 'draft'];

  it('goes round the panes both ways', () => {
    expect(nextPane(panes, 'themes', 1)).toBe('precedents');
    expect(nextPane(panes, 'draft', 1)).toBe('themes');
    expect(nextPane(panes, 'themes', -1)).toBe('draft');
  });

  it('starts at the first or the last pane from outside them all', () => {
    expect(nextPane(panes, null, 1)).toBe('themes');
    expect(nextPane(panes, null, -1)).toBe('draft');
    expect(nextPane([], null, 1)).toBeNull();
  });
});
