import { locatorPath } from '../corpus/build/CorpusBuilder';
import type { NewImportedDocument } from './confirmImport';

/** A document symbol as the UN prints them: `CTOC/COP/WG.7/2022/2`. */
export const SYMBOL_FORMAT = /^[A-Z][A-Z0-9]*(?:\/[A-Za-z0-9.]+)+$/;
export const MAX_PARAGRAPHS = 5000;
export const MAX_TEXT = 100_000;

type Check = (value: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isBoolean: Check = (v) => typeof v === 'boolean';
const oneOf = (...values: unknown[]): Check => (v) => values.includes(v);
const orNull = (check: Check): Check => (v) => v === null || check(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const arrayOf = (check: Check): Check => (v) => Array.isArray(v) && v.every(check);
const shape = (fields: Record<string, Check>): Check => (v) => isObject(v) && Object.entries(fields).every(([key, check]) => check(v[key]));
const isoDate: Check = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const lang = oneOf('fr', 'en');

/** A paragraph's number as an import gives it (shared/corpus/model.ts Locator). */
export const isImportedLocator: Check = shape({
  kind: oneOf('paragraph', 'recommendation', 'operative', 'preamble', 'chapeau', 'unnumbered-preamble'),
  number: orNull(isNumber),
  items: arrayOf((v) => typeof v === 'string' && /^[a-z]{1,4}$/.test(v)),
  source: oneOf('original-text', 'index', 'index-rule', 'compendium', 'report-text'),
});

const CHECKS = {
  source: shape({ name: isString, format: oneOf('docx', 'pdf', 'txt', 'md'), bytes: isNumber }),
  metadata: shape({
    symbol: orNull((v) => typeof v === 'string' && v.length <= 80 && SYMBOL_FORMAT.test(v)),
    lang,
    body: oneOf('wg', 'cop'),
    kind: oneOf('report', 'decision', 'resolution'),
    meeting: orNull(isNumber),
    number: orNull(isString),
    year: orNull(isNumber),
    dates: orNull(shape({ start: isoDate, end: isoDate })),
    place: orNull(isString),
    title: isString,
    originalLanguage: orNull(lang),
    locatorScheme: oneOf('paragraph', 'recommendation', 'decision', 'resolution'),
  }),
  metadataSources: (v: unknown) => isObject(v) && Object.values(v).every(arrayOf(shape({ file: isString, line: isNumber, what: isString }))),
  paragraph: shape({
    locator: isImportedLocator,
    kind: oneOf('recommendation', 'operative', 'preambular', 'chapeau', 'subitem', 'context'),
    adopted: isBoolean,
    text: (v) => typeof v === 'string' && v.trim() !== '' && v.length <= MAX_TEXT,
    section: orNull(isString),
    parent: orNull(isNumber),
    line: isNumber,
    suggestedThemeIds: arrayOf(isString),
  }),
};

/**
 * Why a document sent to the library (or read back from it) cannot be used, or null when it can.
 * The host checks every document it stores and every one it reads: a malformed file must not break
 * the corpus everybody works on.
 */
export function validateNewImportedDocument(value: unknown): string | null {
  if (!isObject(value)) return 'The document is not an object.';
  for (const field of ['source', 'metadata', 'metadataSources'] as const) {
    if (!CHECKS[field](value[field])) return `The document's ${field} is missing or malformed.`;
  }
  const paragraphs = value.paragraphs;
  if (!Array.isArray(paragraphs) || paragraphs.length === 0) return 'The document has no paragraphs.';
  if (paragraphs.length > MAX_PARAGRAPHS) return `The document has more than ${MAX_PARAGRAPHS} paragraphs.`;
  const paths = new Set<string>();
  for (const [index, paragraph] of paragraphs.entries()) {
    if (!CHECKS.paragraph(paragraph)) return `Paragraph ${index + 1} is malformed.`;
    const { parent, locator } = paragraph as NewImportedDocument['paragraphs'][number];
    if (parent !== null && (!Number.isInteger(parent) || parent < 0 || parent >= index)) return `Paragraph ${index + 1} names a parent that does not precede it.`;
    const path = locatorPath(locator);
    if (paths.has(path)) return `Two paragraphs are numbered ${path}.`;
    paths.add(path);
  }
  return null;
}

export function validateImportedDocument(value: unknown): string | null {
  if (!isObject(value) || typeof value.libraryId !== 'string' || !/^[\w-]{1,64}$/.test(value.libraryId)) return 'The document has no valid library id.';
  if (typeof value.importedAt !== 'string' || Number.isNaN(Date.parse(value.importedAt))) return 'The document has no valid import date.';
  return validateNewImportedDocument(value);
}
