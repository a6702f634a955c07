/** Ctrl+Shift+E (Cmd+Shift+E on a Mac): "Export to Word" from anywhere in the window. */
export const EXPORT_SHORTCUT_ARIA = 'Control+Shift+E';

export function isExportShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'e';
}
