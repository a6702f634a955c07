import type { CorpusIndex } from '../corpus/corpusIndex';
import type { CorpusDocument, Locator, Paragraph } from '../corpus/model';

type LocatorClass = 'paragraph' | 'recommendation' | 'preamble' | 'chapeau' | 'unnumbered-preamble';

/** The words that open a series of locators, longest spellings first, and what they locate. */
const HEADS: readonly [RegExp, LocatorClass | 'alinea'][] = [
  [/^preambular\s+paras?\.?$/i, 'preamble'],
  [/^(?:paragraphes?|paragraphs?|paras?\.?|par\.?|§§?)$/i, 'paragraph'],
  [/^(?:alinéas?|al\.?)$/i, 'alinea'],
  [/^(?:recommandations?|recommendations?|recs?\.)$/i, 'recommendation'],
  [/^chapeau$/i, 'chapeau'],
  [/^(?:préambule|preamble)$/i, 'unnumbered-preamble'],
];
const HEAD_WORDS = /(?<![\p{L}])(preambular\s+paras?\.?|paragraphes?|paragraphs?|paras?\.|paras?(?=\s|\d)|par\.|par(?=\s|\d)|§§?|alinéas?|al\.|al(?=\s|\d)|recommandations?|recommendations?|recs?\.|chapeau|(?<!du\s)préambule|(?<!the\s)preamble)(?![\p{L}])/giu;
const OF_PREAMBLE = /\s*(?:du\s+préambule|of\s+the\s+preamble)\s*/i;
const LABELS = /\d+|\(\s*[a-z]{1,5}\s*\)|[a-z]{1,5}\s*\)|(?<=\d\.?)[a-z]{1,5}\b|(?<=\.)[a-z]{1,5}\b|(?<![\p{L}])(?:à|to|et|and)(?![\p{L}])|[-–,]/giu;

function classOf(locator: Locator): LocatorClass {
  return locator.kind === 'operative' ? 'paragraph' : locator.kind;
}

function pathOf(locator: Locator): string {
  return [...(locator.number === null ? [] : [String(locator.number)]), ...locator.items].join('.').toLowerCase();
}

interface Label {
  value: string;
  /** How it joins the previous label: a list ("," "et"), a range ("à", "–"), or a path step (none). */
  joined: 'path' | 'list' | 'range';
}

function labelsOf(body: string): Label[] {
  const labels: Label[] = [];
  let joiner: Label['joined'] = 'path';
  for (const match of body.matchAll(LABELS)) {
    const token = match[0].toLowerCase();
    if (token === ',' || token === 'et' || token === 'and') joiner = 'list';
    else if (token === 'à' || token === 'to' || token === '-' || token === '–') joiner = 'range';
    else {
      labels.push({ value: token.replace(/[()\s]/g, ''), joined: labels.length === 0 ? 'path' : joiner });
      joiner = 'path';
    }
  }
  return labels;
}

export interface LocatorSeriesResult {
  paragraphIds: string[];
  /** Locators as typed that the document does not have ("par. 99"). */
  missing: string[];
  /** The citation names its document but no paragraph of it. */
  noLocator: boolean;
}

/**
 * The paragraphs of `document` a citation's locators name: "par. 25", "par. 23 à 25", "paras.
 * 23–25", "par. 8 a) à c)", "al. j) ii)", "al. 5 du préambule", "recommandation 8 a)",
 * "chapeau", "préambule". A series is the locator's path (8 in "8 a) à c)") then its members.
 */
export function readLocatorSeries(index: CorpusIndex, document: CorpusDocument, rest: string): LocatorSeriesResult {
  const paragraphs = document.paragraphIds.flatMap((id) => index.paragraphs.get(id) ?? []);
  const text = rest.replace(/\[[^\]]*\]/g, ' ');
  const heads = [...text.matchAll(HEAD_WORDS)];
  const result: LocatorSeriesResult = { paragraphIds: [], missing: [], noLocator: false };
  const series = heads.map((head, i) => ({ head: head[0], body: text.slice((head.index ?? 0) + head[0].length, heads[i + 1]?.index ?? text.length), typed: text.slice(head.index ?? 0, heads[i + 1]?.index ?? text.length).replace(/[\s,;.]+$/, '') }));
  if (series.length === 0) {
    // "CTOC/COP/WG.7/2012/6, 25": a bare number is the document's own numbering.
    if (!/\d/.test(text)) return { ...result, noLocator: true };
    series.push({ head: document.locatorScheme === 'recommendation' ? 'recommandation' : 'par.', body: text, typed: text.replace(/^[\s,]+|[\s,;.]+$/g, '') });
  }
  for (const { head, body, typed } of series) {
    const headClass = HEADS.find(([pattern]) => pattern.test(head.replace(/\s+/g, ' ')))?.[1] ?? 'paragraph';
    const ofPreamble = OF_PREAMBLE.test(body);
    const labels = labelsOf(body.replace(OF_PREAMBLE, ' '));
    const found = resolveSeries(paragraphs, headClass, ofPreamble, labels);
    if (found === null) result.missing.push(typed);
    else result.paragraphIds.push(...found.filter((id) => !result.paragraphIds.includes(id)));
  }
  return result;
}

function resolveSeries(paragraphs: readonly Paragraph[], headClass: LocatorClass | 'alinea', ofPreamble: boolean, labels: readonly Label[]): string[] | null {
  if (headClass === 'chapeau' || headClass === 'unnumbered-preamble') {
    const found = paragraphs.find((paragraph) => classOf(paragraph.locator) === headClass);
    return found ? [found.id] : null;
  }
  if (labels.length === 0) return null;
  // "9 c)": the last label is the member, the others its path; "8 a) à c)", "20, 22 et 25": the list starts at the label before the first joiner.
  const firstJoined = labels.findIndex((label, i) => i > 0 && label.joined !== 'path');
  const membersFrom = firstJoined < 0 ? labels.length - 1 : firstJoined - 1;
  const path = labels.slice(0, membersFrom).map((label) => label.value);
  const members = labels.slice(membersFrom);
  const classes: LocatorClass[] =
    headClass === 'alinea' ? (ofPreamble ? ['preamble'] : /^\d/.test(labels[0]?.value ?? '') ? ['preamble', 'paragraph'] : ['paragraph']) : [ofPreamble ? 'preamble' : headClass];
  const find = (value: string) => {
    const wanted = [...path, value].join('.');
    for (const locatorClass of classes) {
      const found = paragraphs.find((paragraph) => classOf(paragraph.locator) === locatorClass && pathOf(paragraph.locator) === wanted);
      if (found) return found;
    }
    return undefined;
  };
  const ids: string[] = [];
  for (const [i, member] of members.entries()) {
    const found = find(member.value);
    if (!found) return null;
    const previous = i > 0 && member.joined === 'range' ? find(members[i - 1]?.value ?? '') : undefined;
    if (previous) {
      // A range takes every sibling between its ends, in document order.
      const siblings = paragraphs.filter((paragraph) => paragraph.parentId === found.parentId && classOf(paragraph.locator) === classOf(found.locator));
      const [from, to] = [siblings.indexOf(previous), siblings.indexOf(found)];
      if (from < 0 || to < from) return null;
      for (const sibling of siblings.slice(from + 1, to + 1)) ids.push(sibling.id);
    } else ids.push(found.id);
  }
  return ids;
}
