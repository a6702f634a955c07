import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../corpus/corpusIndex';
import type { Locator, Paragraph } from '../corpus/model';
import { fixtureCorpus, fixtureDocument, fixtureParagraph } from '../corpus/testing/corpusFixtures';
import { formatCitation } from './formatCitation';

// Formatting cases the real corpus does not contain (a no-symbol document whose meeting spans two
// months, runs of sub-items, several documents at once), built from the model types.

function paragraph(docId: string, path: string, locator: Omit<Locator, 'source'>, parentId: string | null = null): Paragraph {
  return fixtureParagraph(`${docId}#${path}`, docId, {
    kind: parentId ? 'subitem' : 'recommendation',
    locator: { ...locator, source: 'original-text' },
    parentId,
    text: { fr: `Texte ${path}` },
  });
}

const REPORT = 'CTOC/COP/WG.7/2030/1';
const DECISION = 'CTOC/COP/2030/2';
const UNNAMED = 'WG.7-2031';

const top = (n: number) => paragraph(REPORT, String(n), { kind: 'paragraph', number: n, items: [] });
const sub = (n: number, item: string) => paragraph(REPORT, `${n}.${item}`, { kind: 'paragraph', number: n, items: [item] }, `${REPORT}#${n}`);
const decisionItem = (...items: string[]) =>
  paragraph(DECISION, items.join('.'), { kind: 'operative', number: null, items }, items.length > 1 ? `${DECISION}#${items.slice(0, -1).join('.')}` : null);
const recommendation = (n: number, item?: string) =>
  paragraph(UNNAMED, item ? `${n}.${item}` : String(n), { kind: 'recommendation', number: n, items: item ? [item] : [] }, item ? `${UNNAMED}#${n}` : null);

const index = indexCorpus(
  fixtureCorpus(
    [
      fixtureDocument(REPORT, {}),
      fixtureDocument(DECISION, { body: 'cop', kind: 'decision', number: '9/9', locatorScheme: 'decision' }),
      fixtureDocument(UNNAMED, { symbol: null, place: 'Vienne', dates: { start: '2031-05-31', end: '2031-06-01' }, locatorScheme: 'recommendation' }),
    ],
    [
      ...[1, 2, 3, 4, 5, 6, 7, 8].map(top),
      ...['a', 'b', 'c', 'd', 'e'].map((item) => sub(8, item)),
      decisionItem('a'), decisionItem('b'), decisionItem('c'), decisionItem('j'), decisionItem('j', 'i'), decisionItem('j', 'ii'), decisionItem('j', 'iii'),
      recommendation(3), recommendation(3, 'a'), recommendation(3, 'b'), recommendation(4),
    ],
  ),
);

const ids = (docId: string, ...paths: string[]) => paths.map((path) => `${docId}#${path}`);

describe('formatCitation: runs and lists', () => {
  it('lists two consecutive paragraphs and makes a range of three or more', () => {
    expect(formatCitation(index, ids(REPORT, '4', '5'), 'en', 'plain')).toBe(`${REPORT}, paras. 4 and 5`);
    expect(formatCitation(index, ids(REPORT, '1', '2', '3', '5', '7'), 'en', 'plain')).toBe(`${REPORT}, paras. 1–3, 5 and 7`);
    expect(formatCitation(index, ids(REPORT, '7', '1', '3', '2', '5'), 'fr', 'plain')).toBe(`${REPORT}, par. 1 à 3, 5 et 7`);
  });

  it('keeps sub-items of one paragraph under a singular "para."', () => {
    expect(formatCitation(index, ids(REPORT, '8.a', '8.b', '8.c'), 'en', 'plain')).toBe(`${REPORT}, para. 8 (a)–(c)`);
    expect(formatCitation(index, ids(REPORT, '8.a', '8.c', '8.e'), 'fr', 'plain')).toBe(`${REPORT}, par. 8 a), c) et e)`);
  });

  it('cites a parent alone when its sub-items are selected with it', () => {
    expect(formatCitation(index, ids(REPORT, '8.b', '8', '8.d'), 'en', 'plain')).toBe(`${REPORT}, para. 8`);
  });

  it('ranges decision items and their sub-items', () => {
    expect(formatCitation(index, ids(DECISION, 'a', 'b', 'c'), 'en', 'plain')).toBe(`${DECISION}, decision 9/9, paras. (a)–(c)`);
    expect(formatCitation(index, ids(DECISION, 'a', 'b', 'c'), 'fr', 'plain')).toBe(`${DECISION}, décision 9/9, al. a) à c)`);
    expect(formatCitation(index, ids(DECISION, 'j.i', 'j.iii'), 'fr', 'plain')).toBe(`${DECISION}, décision 9/9, al. j) i) et iii)`);
    // c) and j) are not neighbours: d) to i) are not in this corpus, but j) does not follow c).
    expect(formatCitation(index, ids(DECISION, 'b', 'c', 'j'), 'en', 'plain')).toBe(`${DECISION}, decision 9/9, paras. (b), (c) and (j)`);
  });

  it('separates documents with semicolons and series within a document with commas', () => {
    expect(formatCitation(index, [...ids(REPORT, '2', '8.a'), ...ids(DECISION, 'j.ii')], 'en', 'plain')).toBe(
      `${REPORT}, para. 2, para. 8 (a); ${DECISION}, decision 9/9, para. (j) (ii)`,
    );
  });

  it('rejects an empty selection and unknown ids instead of citing nothing', () => {
    expect(() => formatCitation(index, [], 'fr')).toThrow(/no paragraph/);
    expect(() => formatCitation(index, [`${REPORT}#99`], 'fr')).toThrow(`${REPORT}#99`);
  });
});

describe('formatCitation: documents without a symbol', () => {
  it('describes the meeting across two months and puts the note after the locators', () => {
    expect(formatCitation(index, ids(UNNAMED, '3.a', '3.b'), 'en', 'plain')).toBe(
      'Report of the Working Group on the Smuggling of Migrants, Vienna, 31 May–1 June 2031, recommendation 3 (a) and (b) [symbol not given in source]',
    );
    expect(formatCitation(index, ids(UNNAMED, '3', '4'), 'fr', 'plain')).toBe(
      'Rapport du Groupe de travail sur le trafic illicite de migrants, Vienne, du 31 mai au 1er juin 2031, recommandations 3 et 4 [cote non indiquée dans la source]',
    );
  });
});

describe('formatCitation: typography', () => {
  it('puts non-breaking spaces only inside French locators', () => {
    expect(formatCitation(index, ids(REPORT, '1', '2', '3'), 'fr')).toBe(`${REPORT}, par.\u00a01 à 3`);
    expect(formatCitation(index, ids(UNNAMED, '3.a'), 'fr')).toContain('recommandation 3\u00a0a) [cote');
    expect(formatCitation(index, ids(DECISION, 'j.ii'), 'fr')).toBe(`${DECISION}, décision 9/9, al.\u00a0j)\u00a0ii)`);
    expect(formatCitation(index, ids(DECISION, 'j.ii'), 'en')).toBe(`${DECISION}, decision 9/9, para. (j) (ii)`);
  });
});
