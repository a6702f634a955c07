/**
 * A key combination as written in the command catalog: modifiers then the key, joined by "+"
 * ("Mod+Shift+E", "Shift+F6"). Mod is Ctrl, or Cmd on a Mac, as in VS Code's keybindings.
 */
export type Shortcut = string;

type KeyEvent = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

interface Combination {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parse(shortcut: Shortcut): Combination {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  return { mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt'), key };
}

/** The letter is read from the key the layout produces, or from its place when Alt or Shift turn it into a symbol. */
function pressedKey(event: KeyEvent): string {
  if (/^[a-z]$/i.test(event.key)) return event.key.toUpperCase();
  return /^Key([A-Z])$/.exec(event.code)?.[1] ?? event.key;
}

export function matchesShortcut(shortcut: Shortcut, event: KeyEvent): boolean {
  const wanted = parse(shortcut);
  return (
    wanted.mod === (event.ctrlKey || event.metaKey) &&
    wanted.shift === event.shiftKey &&
    wanted.alt === event.altKey &&
    wanted.key.toUpperCase() === pressedKey(event).toUpperCase()
  );
}

/** As shown beside a command: "Ctrl+Shift+E", or "⌘+Shift+E" on a Mac. */
export function shortcutLabel(shortcut: Shortcut, mac: boolean): string {
  return shortcut.replace(/^Mod\b/, mac ? '⌘' : 'Ctrl');
}

/** As `aria-keyshortcuts` wants it: "Control+Shift+E" (or "Meta+Shift+E" on a Mac). */
export function ariaKeyShortcuts(shortcuts: readonly Shortcut[], mac: boolean): string {
  return shortcuts.map((shortcut) => shortcut.replace(/^Mod\b/, mac ? 'Meta' : 'Control')).join(' ');
}

export const isMac = (): boolean => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
