import { isImportedLocator, MAX_PARAGRAPHS, MAX_TEXT } from './validateImportedDocument';

/** Longer than any symbol: the symbol is checked as typed, before the preview says whether it reads. */
const MAX_SYMBOL = 1000;

/** Why an import preview's request (shared/import/previewImport.ts) cannot be answered, or null when it can. */
export function importPreviewRequestProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'The request needs "symbol", "lang" and "rows".';
  const { symbol, lang, rows } = value as Record<string, unknown>;
  if (symbol !== null && (typeof symbol !== 'string' || symbol.length > MAX_SYMBOL)) return '"symbol" must be a symbol, or null.';
  if (lang !== 'fr' && lang !== 'en') return '"lang" must be "fr" or "en".';
  if (!Array.isArray(rows)) return '"rows" must be a list of { locator, text }.';
  if (rows.length > MAX_PARAGRAPHS) return `A preview has at most ${MAX_PARAGRAPHS} paragraphs.`;
  for (const [position, row] of rows.entries()) {
    const { locator, text } = (row ?? {}) as Record<string, unknown>;
    // Text may be empty while the user edits it: the preview says so, the host suggests nothing.
    const valid = (locator === null || isImportedLocator(locator)) && (text === null || (typeof text === 'string' && text.length <= MAX_TEXT));
    if (!valid) return `Row ${position + 1} must be { locator, text }, each null or a locator and a text.`;
  }
  return null;
}
