import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { formatCitation } from '../citation/formatCitation';
import { parseReference } from '../citation/parseReference';
import { indexCorpus } from '../corpus/corpusIndex';
import type { Corpus } from '../corpus/model';
import { createSearchIndex } from '../search/searchIndex';
import { alignImport } from './alignImport';
import { confirmImport } from './confirmImport';
import type { ImportDraft } from './detect/detectImport';
import { englishReportFixture } from './fixtures/englishReportFixture';
import { fixtureAsText } from './fixtures/renderFixture';
import { importFile } from './importFile';
import { mergeLibrary } from './mergeLibrary';
import { EMPTY_LIBRARY, ENTERED_BY_THE_USER, type ImportedDocument } from './model';

const REPORT = 'CTOC/COP/WG.7/2012/6';
let bundled: Corpus;
let bundledJson: string;
let englishDraft: ImportDraft;

/** What the host stores once the user confirms a preview unchanged. */
function stored(draft: ImportDraft, libraryId: string, importedAt = '2026-11-20T10:00:00.000Z'): ImportedDocument {
  return { ...confirmImport(draft, draft.metadata, draft.paragraphs), libraryId, importedAt };
}

async function draftOf(name: string, text: string): Promise<ImportDraft> {
  return importFile({ name, bytes: new TextEncoder().encode(text) });
}

beforeAll(async () => {
  bundled = await loadBundledCorpus();
  bundledJson = JSON.stringify(bundled);
  englishDraft = await draftOf('fixture-2012-6-en.txt', fixtureAsText(englishReportFixture()));
});

describe('an English file with the symbol of a bundled French report', () => {
  it('lines up paragraph by paragraph by number and lists what does not', () => {
    const preview = alignImport(indexCorpus(bundled), englishDraft.metadata, englishDraft.paragraphs);
    expect(preview.target?.id).toBe(REPORT);
    expect(preview.duplicate).toBe(false);
    const unaligned = englishDraft.paragraphs.filter((_, i) => preview.counterparts[i] === null).map((p) => [p.locator.number, ...p.locator.items].join('.'));
    // The French report has no sub-items in paragraph 8: the fixture's four do not line up.
    expect(unaligned).toEqual(['8.a', '8.b', '8.b.i', '8.b.ii']);
    const frenchIds = bundled.documents.find((d) => d.id === REPORT)!.paragraphIds;
    expect(preview.missing).toEqual(frenchIds.filter((id) => Number(id.split('#')[1]) > 9));
  });

  it('becomes the English version: English text on the aligned paragraphs, French kept, themes carried over', () => {
    const index = indexCorpus(mergeLibrary(bundled, { documents: [stored(englishDraft, 'en-2012-6')], metadata: [] }));
    const document = index.documents.get(REPORT)!;
    expect(document.languages).toEqual(['fr', 'en']);
    expect(document.title.en).toBe(englishReportFixture().title);
    for (const number of [1, 2, 3, 4, 5, 6, 7, 8, 9]) {
      const id = `${REPORT}#${number}`;
      const merged = index.paragraphs.get(id)!;
      const original = bundled.paragraphs.find((p) => p.id === id)!;
      expect(merged.text.fr).toBe(original.text.fr);
      expect(merged.text.en).toBe(englishDraft.paragraphs.find((p) => p.locator.number === number && p.locator.items.length === 0)!.text);
      expect(merged.themeIds).toEqual(original.themeIds);
    }
    expect(index.paragraphs.get(`${REPORT}#25`)!.text.en).toBeUndefined();
  });

  it('makes English citations and English search of those paragraphs available', () => {
    const index = indexCorpus(mergeLibrary(bundled, { documents: [stored(englishDraft, 'en-2012-6')], metadata: [] }));
    expect(formatCitation(index, [`${REPORT}#4`], 'en')).toBe(formatCitation(indexCorpus(bundled), [`${REPORT}#4`], 'en'));
    expect(formatCitation(index, [`${REPORT}#4`], 'en')).toMatch(/^CTOC\/COP\/WG\.7\/2012\/6, para\. 4$/);
    const search = createSearchIndex(index.corpus.paragraphs.map((p) => ({ id: p.id, text: p.text.en ?? '' })));
    expect(search.search('distinct crimes')).toContain(`${REPORT}#6`);
  });

  it('keeps sub-items the French lacks, in English only, under their parent', () => {
    const index = indexCorpus(mergeLibrary(bundled, { documents: [stored(englishDraft, 'en-2012-6')], metadata: [] }));
    const parent = index.paragraphs.get(`${REPORT}#8`)!;
    expect(parent.childIds).toEqual([`${REPORT}#8.a`, `${REPORT}#8.b`]);
    const item = index.paragraphs.get(`${REPORT}#8.b.ii`)!;
    expect(item).toMatchObject({ parentId: `${REPORT}#8.b`, kind: 'subitem', text: { en: 'Legal assistance where domestic law provides for it.' } });
    expect(item.text.fr).toBeUndefined();
    const order = index.documents.get(REPORT)!.paragraphIds;
    expect(order.slice(order.indexOf(`${REPORT}#8`), order.indexOf(`${REPORT}#8`) + 6)).toEqual(['8', '8.a', '8.b', '8.b.i', '8.b.ii', '9'].map((n) => `${REPORT}#${n}`));
    expect(parseReference(index, 'CTOC/COP/WG.7/2012/6:8.b.ii')).toMatchObject({ ok: true, paragraph: { id: `${REPORT}#8.b.ii` } });
  });

  it('never alters the bundled corpus', () => {
    mergeLibrary(bundled, { documents: [stored(englishDraft, 'en-2012-6')], metadata: [{ docId: 'WG.7-2022', symbol: 'CTOC/COP/WG.7/2022/2', enteredAt: '2026-11-20T10:00:00Z' }] });
    expect(JSON.stringify(bundled)).toBe(bundledJson);
  });

  it('uses only the first version of a language: a second English copy is reported, not merged', async () => {
    const second = await draftOf('second.txt', fixtureAsText(englishReportFixture()).replace('distinct crimes', 'separate crimes'));
    const merged = mergeLibrary(bundled, { documents: [stored(englishDraft, 'a', '2026-11-20T10:00:00Z'), stored(second, 'b', '2026-11-21T10:00:00Z')], metadata: [] });
    expect(merged.paragraphs.find((p) => p.id === `${REPORT}#6`)!.text.en).toContain('distinct crimes');
    expect(merged.dataQuality.some((issue) => issue.message.includes('second.txt'))).toBe(true);
    expect(alignImport(indexCorpus(mergeLibrary(bundled, { documents: [stored(englishDraft, 'a')], metadata: [] })), second.metadata, second.paragraphs).duplicate).toBe(true);
  });
});

describe('metadata the user enters for a bundled document', () => {
  const RECOMMENDATIONS_2022 = ['Recommendation 1', 'States parties should endeavour to provide specialized training for this test.', '', 'Recommendation 2', 'The Conference may wish to include this test topic.'];
  const english2022 = [
    'CTOC/COP/WG.7/2022/2',
    '',
    'Test fixture written for Precedent Desk; not a United Nations document.',
    '',
    'Report on the meeting of the Working Group on the Smuggling of Migrants held in Vienna on 27 and 28 June 2022',
    '',
    '  I. Introduction',
    '',
    '1. The Working Group on the Smuggling of Migrants and the Protocol against the Smuggling of Migrants are the subject of this test.',
    '',
    '  II. Recommendations',
    '',
    ...RECOMMENDATIONS_2022,
  ].join('\n');

  it('gives the 2022 report the symbol, shown as entered by the user, so that its English version lines up', async () => {
    const metadata = [{ docId: 'WG.7-2022', symbol: 'CTOC/COP/WG.7/2022/2', enteredAt: '2026-11-20T10:00:00Z' }];
    const withSymbol = mergeLibrary(bundled, { documents: [], metadata });
    const document = withSymbol.documents.find((d) => d.id === 'WG.7-2022')!;
    expect(document.symbol).toBe('CTOC/COP/WG.7/2022/2');
    expect(document.metadataSources.symbol).toEqual([expect.objectContaining({ what: ENTERED_BY_THE_USER })]);
    expect(formatCitation(indexCorpus(withSymbol), ['WG.7-2022#rec.1'], 'en')).toContain('CTOC/COP/WG.7/2022/2');

    const draft = await draftOf('2022-en.txt', english2022);
    expect(draft.metadata).toMatchObject({ symbol: 'CTOC/COP/WG.7/2022/2', locatorScheme: 'recommendation', lang: 'en' });
    const merged = indexCorpus(mergeLibrary(bundled, { documents: [stored(draft, 'en-2022')], metadata }));
    expect(merged.paragraphs.get('WG.7-2022#rec.1')!.text).toEqual({ fr: bundled.paragraphs.find((p) => p.id === 'WG.7-2022#rec.1')!.text.fr, en: RECOMMENDATIONS_2022[1] });
    expect(merged.documents.get('WG.7-2022')!.languages).toEqual(['fr', 'en']);
  });

  it('does not override a symbol the sources give', () => {
    const merged = mergeLibrary(bundled, { documents: [], metadata: [{ docId: REPORT, symbol: 'CTOC/COP/WG.7/2099/1', enteredAt: '2026-11-20T10:00:00Z' }] });
    expect(merged.documents.find((d) => d.id === REPORT)!.symbol).toBe(REPORT);
  });
});

describe('a document new to the library', () => {
  it('is added under its symbol with the theme suggestions the user accepted, apart from the index', async () => {
    const draft = await draftOf('2099.txt', fixtureAsText(englishReportFixture({ symbol: 'CTOC/COP/WG.7/2099/1' })));
    const confirmed = confirmImport(
      draft,
      { ...draft.metadata, meeting: 99 },
      draft.paragraphs.map((p) => (p.locator.number === 4 && p.locator.items.length === 0 ? { ...p, suggestedThemeIds: [bundled.themes[0]!.id] } : p)),
    );
    const merged = indexCorpus(mergeLibrary(bundled, { documents: [{ ...confirmed, libraryId: 'new', importedAt: '2026-11-20T10:00:00Z' }], metadata: [] }));
    const paragraph = merged.paragraphs.get('CTOC/COP/WG.7/2099/1#4')!;
    expect(paragraph).toMatchObject({ themeIds: [], suggestedThemeIds: [bundled.themes[0]!.id], adopted: true, kind: 'recommendation' });
    expect(paragraph.strengths).toContain('should');
    expect(merged.themes.get(bundled.themes[0]!.id)!.paragraphIds).not.toContain(paragraph.id);
    expect(merged.documents.get('CTOC/COP/WG.7/2099/1')).toMatchObject({ meeting: 99, languages: ['en'] });
    expect(merged.documents.get('CTOC/COP/WG.7/2099/1')!.metadataSources.meeting).toEqual([expect.objectContaining({ what: ENTERED_BY_THE_USER })]);
    expect(merged.corpus.coverage.documentCount).toBe(bundled.documents.length + 1);
  });
});

describe('bundled paragraphs the index does not cover', () => {
  it('get theme suggestions, never index themes', () => {
    const merged = mergeLibrary(bundled, EMPTY_LIBRARY);
    const recommendations2022 = merged.paragraphs.filter((p) => p.docId === 'WG.7-2022' && p.adopted);
    expect(recommendations2022.length).toBeGreaterThan(0);
    for (const paragraph of recommendations2022) expect(paragraph.themeIds).toEqual([]);
    expect(recommendations2022.filter((p) => (p.suggestedThemeIds ?? []).length > 0).length).toBeGreaterThanOrEqual(recommendations2022.length * 0.8);
    // Indexed paragraphs are left as the index has them.
    expect(merged.paragraphs.filter((p) => p.themeIds.length > 0).every((p) => p.suggestedThemeIds === undefined)).toBe(true);
  });
});
