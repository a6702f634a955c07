import { locatorPath } from '../corpus/build/CorpusBuilder';
import type { CorpusDocument, Locator } from '../corpus/model';
import type { ImportedParagraph } from './model';

const ITEM = /^[a-z]{1,4}$/;

/**
 * The locator a path typed in the preview stands for, in the document's scheme (the inverse of
 * `locatorPath`): `25`, `8.e`, `rec.3.b`, `al.2`, `preamble`, `chapeau`, `j.ii`. Null if it is none.
 */
export function parseLocatorPath(path: string, scheme: CorpusDocument['locatorScheme']): Locator | null {
  const parts = path.trim().toLowerCase().split('.').filter(Boolean);
  const source = 'original-text' as const;
  if (parts.length === 1 && parts[0] === 'chapeau') return { kind: 'chapeau', number: null, items: [], source };
  if (parts.length === 1 && parts[0] === 'preamble') return { kind: 'unnumbered-preamble', number: null, items: [], source };
  if (parts[0] === 'al') {
    const number = Number(parts[1]);
    return parts.length === 2 && Number.isInteger(number) && number > 0 ? { kind: 'preamble', number, items: [], source } : null;
  }
  const isRecommendation = parts[0] === 'rec';
  const rest = isRecommendation ? parts.slice(1) : parts;
  const [first, ...items] = rest;
  if (first === undefined) return null;
  if (/^\d+$/.test(first)) {
    if (!items.every((item) => ITEM.test(item))) return null;
    const kind = isRecommendation ? 'recommendation' : scheme === 'resolution' || scheme === 'decision' ? 'operative' : 'paragraph';
    return { kind, number: Number(first), items, source };
  }
  // A decision's lettered paragraphs: `j`, `j.ii`.
  if (!isRecommendation && scheme === 'decision' && rest.every((item) => ITEM.test(item))) return { kind: 'operative', number: null, items: rest, source };
  return null;
}

/** Sets each sub-item's parent from the paths, after the user renumbered or removed paragraphs. */
export function relinkParents(paragraphs: readonly ImportedParagraph[]): ImportedParagraph[] {
  const byPath = new Map(paragraphs.map((paragraph, index) => [locatorPath(paragraph.locator), index]));
  return paragraphs.map((paragraph, index) => {
    if (paragraph.locator.items.length === 0) return { ...paragraph, parent: null };
    const parentPath = locatorPath({ ...paragraph.locator, items: paragraph.locator.items.slice(0, -1) });
    const parent = byPath.get(parentPath);
    return { ...paragraph, parent: parent !== undefined && parent < index ? parent : null };
  });
}
