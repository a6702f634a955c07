/** The negotiating text's commands that have a key, Alt+Shift+letter (listed in the toolbar). */
export const NEGOTIATION_SHORTCUTS = {
  bracket: 'B',
  alternative: 'A',
  deletion: 'D',
  insertion: 'I',
  paragraphAlternative: 'P',
} as const;

export type ShortcutAction = keyof typeof NEGOTIATION_SHORTCUTS;

/**
 * The action of a key press, if any. The letter is read from the key the layout produces (a French
 * keyboard's A is where an English one has Q), or from its place when Alt turns it into a symbol.
 */
export function shortcutAction(event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'key' | 'code'>): ShortcutAction | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  const letter = /^[a-z]$/i.test(event.key) ? event.key.toUpperCase() : /^Key([A-Z])$/.exec(event.code)?.[1];
  const found = Object.entries(NEGOTIATION_SHORTCUTS).find(([, key]) => key === letter);
  return found ? (found[0] as ShortcutAction) : null;
}
