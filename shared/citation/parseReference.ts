import type { CorpusIndex } from '../corpus/corpusIndex';
import type { CorpusDocument, Paragraph } from '../corpus/model';
import { closestMatches } from './closestMatches';
import { locatorAliases, locatorKey } from './formatReference';

export type ParsedReference = { ok: true; paragraph: Paragraph } | { ok: false; message: string };

const EXAMPLES = 'I.22, V.2.e, B:VI.9.c, B:VI.al.5, CTOC/COP/WG.7/2012/6:25, WG.7-2022:8.a';

function fail(message: string): ParsedReference {
  return { ok: false, message };
}

function didYouMean(suggestions: readonly string[]): string {
  return suggestions.length === 0 ? '' : ` Did you mean ${suggestions.join(' or ')}?`;
}

/**
 * For a reference whose last part is out of range (`I.56`, `B:IV.z`): the first and last existing
 * siblings, in document order, which says more than an edit-distance guess among numbers.
 */
function siblingRange(typed: string, keys: readonly string[], display: (key: string) => string): string {
  const parent = typed.includes('.') ? typed.slice(0, typed.lastIndexOf('.') + 1) : '';
  // Numbers range with numbers, sub-item letters with letters; `chapeau` and `preamble` stand apart.
  const shape = (segment: string) => (/^\d+$/.test(segment) ? 'number' : /^[a-z]{1,5}$/.test(segment) ? 'item' : segment);
  const typedShape = shape(typed.slice(parent.length));
  const siblings = keys.filter((key) => key.startsWith(parent) && !key.slice(parent.length).includes('.') && shape(key.slice(parent.length)) === typedShape);
  const first = siblings[0];
  const last = siblings.at(-1);
  if (!first || !last) return didYouMean(closestMatches(typed, keys).map(display));
  return first === last ? ` Only ${display(first)} exists there.` : ` ${display(first)} to ${display(last)} exist.`;
}

/** `V.2(e)`, `V.2.e.`, `j)ii)` all become dot-separated segments. */
function segmentsOf(text: string): string[] {
  return text.replace(/[()]/g, '.').split('.').filter((segment) => segment !== '');
}

function displayCompendiumRef(part: string, ref: string): string {
  return part === 'A' ? ref : `B:${ref}`;
}

function parseCompendiumRef(index: CorpusIndex, part: 'A' | 'B', text: string, input: string): ParsedReference {
  const [section = '', ...rest] = segmentsOf(text);
  const ref = [section.toUpperCase(), ...rest.map((segment) => segment.toLowerCase())].join('.');
  const found = index.byCompendiumRef.get(`${part}:${ref}`);
  if (found) return { ok: true, paragraph: found };

  const refsOfPart = [...index.byCompendiumRef.keys()].filter((key) => key.startsWith(`${part}:`)).map((key) => key.slice(2));
  const sections = [...new Set(refsOfPart.map((key) => key.split('.')[0] ?? ''))];
  const otherPart = part === 'A' ? 'B' : 'A';
  const inOtherPart = index.byCompendiumRef.has(`${otherPart}:${ref}`) ? ` Part ${otherPart} has it: ${displayCompendiumRef(otherPart, ref)}.` : '';
  if (sections.length === 0) return fail(`Unknown reference "${input}": the corpus holds no Part ${part} of the compendium.${inOtherPart}`);
  if (!sections.includes(ref.split('.')[0] ?? '')) {
    return fail(`Unknown reference "${input}": Part ${part} of the compendium has no section "${section}" (its sections are ${sections.join(', ')}).${inOtherPart}`);
  }
  const hint = inOtherPart || siblingRange(ref, refsOfPart, (key) => displayCompendiumRef(part, key));
  return fail(`Unknown reference "${input}": the compendium has no ${displayCompendiumRef(part, ref)}.${hint}`);
}

function findDocument(index: CorpusIndex, key: string): CorpusDocument | undefined {
  const exact = index.documentsByKey.get(key);
  if (exact) return exact;
  const wanted = key.toUpperCase();
  for (const [candidate, document] of index.documentsByKey) {
    if (candidate.replace(/\s+/g, '').toUpperCase() === wanted) return document;
  }
  return undefined;
}

/** Locator spellings people type: `8.e`, `8(e)`, `8 e)`, `par.25`, `para 25`, `al 5`, `préambule`. */
function normaliseLocator(text: string): string {
  const lower = text.toLowerCase();
  if (/^pr[ée]ambule$|^preamble$/.test(lower)) return 'preamble';
  const prefixed = /^(paragraphe|paragraph|paras|para|par|p|recommandation|recommendation|rec|r|al)\.?(?=\d)(.*)$/.exec(lower);
  const prefix = prefixed ? (prefixed[1] === 'al' ? 'al' : prefixed[1]?.startsWith('r') ? 'rec' : 'par') : null;
  // "8e)" once spaces are gone: a number directly followed by a sub-item letter.
  const segments = segmentsOf((prefixed?.[2] ?? lower).replace(/^(\d+)(?=[a-z])/, '$1.'));
  return [...(prefix ? [prefix] : []), ...segments].join('.');
}

function parseDocumentLocator(index: CorpusIndex, documentKey: string, locatorText: string, input: string): ParsedReference {
  const document = findDocument(index, documentKey);
  if (!document) {
    const keys = [...index.documentsByKey.keys()];
    const hint = didYouMean(closestMatches(documentKey, keys));
    return fail(`Unknown reference "${input}": no document "${documentKey}" in the corpus.${hint || ` Documents: ${keys.join(', ')}.`}`);
  }
  const locator = normaliseLocator(locatorText);
  const byLocator = new Map<string, Paragraph>();
  const paragraphs = document.paragraphIds.flatMap((id) => index.paragraphs.get(id) ?? []);
  for (const paragraph of paragraphs) for (const alias of locatorAliases(paragraph.locator)) byLocator.set(alias, paragraph);
  // Canonical keys last: where a bare number could be two things, it is the document's own scheme.
  for (const paragraph of paragraphs) byLocator.set(locatorKey(paragraph.locator, document.locatorScheme), paragraph);
  const found = byLocator.get(locator);
  if (found) return { ok: true, paragraph: found };
  const documentName = document.symbol ?? document.shortKey;
  const canonical = paragraphs.map((paragraph) => locatorKey(paragraph.locator, document.locatorScheme));
  const hint = siblingRange(locator, canonical, (key) => `${documentName}:${key}`);
  return fail(`Unknown reference "${input}": ${documentName} has no paragraph "${locator || locatorText}".${hint}`);
}

/**
 * Reads a reference typed by a user: a compendium reference as the compendium prints it (`I.22`,
 * `A:V.2.e`, `B:VI.9.c`, `B:VI.al.5`, `B:IV.j.ii`), or a document (symbol or short key) and a
 * locator (`CTOC/COP/WG.7/2012/6:25`, `CTOC/COP/2012/15:al.5`, `WG.7-2022:8.a`), or a paragraph id
 * (`WG.7-2022#rec.8.a`; `#` otherwise works as `:`). Case and spaces do not matter.
 */
export function parseReference(index: CorpusIndex, ref: string): ParsedReference {
  const compact = ref.replace(/\s+/g, '');
  if (compact === '') return fail(`Empty reference. Examples: ${EXAMPLES}.`);

  const hash = compact.indexOf('#');
  const byId = hash >= 0 ? index.paragraphs.get(compact) : undefined;
  if (byId) return { ok: true, paragraph: byId };
  if (hash >= 0) return parseDocumentLocator(index, compact.slice(0, hash), compact.slice(hash + 1), ref);

  const colon = compact.lastIndexOf(':');
  if (colon < 0) {
    if (findDocument(index, compact)) return fail(`"${ref}" is a document; add a locator, e.g. ${compact}:25 or ${compact}:8.a.`);
    return parseCompendiumRef(index, 'A', compact, ref);
  }
  const head = compact.slice(0, colon);
  const tail = compact.slice(colon + 1);
  if (tail === '') return fail(`Reference "${ref}" has nothing after ":". Examples: ${EXAMPLES}.`);
  const part = head.toUpperCase();
  if (part === 'A' || part === 'B') return parseCompendiumRef(index, part, tail, ref);
  return parseDocumentLocator(index, head, tail, ref);
}
