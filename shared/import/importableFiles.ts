/** The file extensions the import reads (without the dot). */
export const IMPORTABLE_EXTENSIONS = ['docx', 'pdf', 'txt', 'md'] as const;

const IMPORTABLE = new RegExp(`\\.(${IMPORTABLE_EXTENSIONS.join('|')})$`, 'i');

/** Whether a folder's file is offered to the import: the others (pictures, spreadsheets, hidden files) are left out. */
export function isImportableName(name: string): boolean {
  return IMPORTABLE.test(name) && !name.startsWith('.');
}
