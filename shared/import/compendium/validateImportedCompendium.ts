const MAX_ENTRIES = 5000;
const MAX_TEXT = 100_000;
const REFERENCE = /^[AB]:[IVX]+(?:\.[0-9a-z]+)+$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = MAX_TEXT) => typeof v === 'string' && v.trim() !== '' && v.length <= max;
const isLine = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * Why an edition sent to the library (or read back from it) cannot be used, or null when it can.
 * Only English editions are stored: the French one is the bundled compendium.
 */
export function validateNewImportedCompendium(value: unknown): string | null {
  if (!isObject(value)) return 'The compendium is not an object.';
  const { source, edition } = value;
  if (!isObject(source) || !isText(source.name, 500) || !['docx', 'pdf', 'txt', 'md'].includes(source.format as string) || typeof source.bytes !== 'number') return "The compendium's source is missing or malformed.";
  if (isObject(edition) && edition.lang !== 'en') return 'Only an English edition of the compendium can be added: the French one is the bundled compendium.';
  return editionProblem(edition);
}

/** Why an edition as read from a file (either language: the preview shows a French one, to refuse it) cannot be used, or null when it can. */
export function editionProblem(edition: unknown): string | null {
  if (!isObject(edition)) return 'The compendium has no edition.';
  if (edition.lang !== 'en' && edition.lang !== 'fr') return "The edition's language must be English or French.";
  const { sections, entries, themes } = edition;
  if (!Array.isArray(sections) || !sections.every((s) => isObject(s) && /^[AB]:[IVX]+$/.test(String(s.reference)) && isText(s.heading, 1000) && (s.title === null || isText(s.title, 5000)) && isLine(s.line))) {
    return "The compendium's sections are malformed.";
  }
  if (!Array.isArray(entries) || entries.length === 0) return 'The compendium has no paragraphs.';
  if (entries.length > MAX_ENTRIES) return `The compendium has more than ${MAX_ENTRIES} paragraphs.`;
  const references = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    if (!isObject(entry) || !REFERENCE.test(String(entry.reference)) || !isText(entry.text) || !isLine(entry.line)) return `Compendium paragraph ${index + 1} is malformed.`;
    if (references.has(entry.reference as string)) return `Two compendium paragraphs are numbered ${String(entry.reference)}.`;
    references.add(entry.reference as string);
  }
  if (!Array.isArray(themes) || !themes.every((t) => isObject(t) && isText(t.label, 1000) && Array.isArray(t.references) && t.references.every((r) => REFERENCE.test(String(r))) && isLine(t.line))) {
    return "The compendium's index themes are malformed.";
  }
  return null;
}

export function validateImportedCompendium(value: unknown): string | null {
  if (!isObject(value) || typeof value.libraryId !== 'string' || !/^[\w-]{1,64}$/.test(value.libraryId)) return 'The compendium has no valid library id.';
  if (typeof value.importedAt !== 'string' || Number.isNaN(Date.parse(value.importedAt))) return 'The compendium has no valid import date.';
  return validateNewImportedCompendium(value);
}
