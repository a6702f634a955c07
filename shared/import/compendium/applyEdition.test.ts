import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../../host/corpus/loadBundledCorpus';
import { paragraphsOf, readDocxParts, tableRowsOf, textOf } from '../../../host/export/testing/readDocx';
import { createPrecedentChecker } from '../../check/createPrecedentChecker';
import { indexCorpus } from '../../corpus/corpusIndex';
import { buildCompilationDocx } from '../../export/buildCompilationDocx';
import { buildDraftDocx } from '../../export/buildDraftDocx';
import type { Corpus } from '../../corpus/model';
import { confirmImport } from '../confirmImport';
import { englishCompendiumFixture } from '../fixtures/englishCompendiumFixture';
import { englishReportFixture } from '../fixtures/englishReportFixture';
import { compendiumFixtureAsText } from '../fixtures/renderCompendiumFixture';
import { fixtureAsText } from '../fixtures/renderFixture';
import { importAnyFile, importFile } from '../importFile';
import { mergeLibrary } from '../mergeLibrary';
import type { ImportedDocument } from '../model';
import { alignEdition } from './alignEdition';
import { type ImportedCompendium, isCompendium } from './model';

const text = (value: string) => new TextEncoder().encode(value);
const report = englishReportFixture();
const recommendations = report.sections.flatMap((section) => section.paragraphs).filter((p) => p.number >= 4 && p.number <= 8);
// The English compendium's part A I.1 to I.5 are report 2012/6's paragraphs 4 to 8; I.2 is printed with other words.
const meetingOne = recommendations.map((p) => p.text);
meetingOne[1] = meetingOne[1]!.replace('continue to review', 'keep reviewing');

let bundled: Corpus;
let bundledJson: string;
let plain: ImportedCompendium;
let withMeetingOne: ImportedCompendium;
let englishReport: ImportedDocument;

async function compendium(name: string, fixtureText: string, importedAt: string): Promise<ImportedCompendium> {
  const draft = await importAnyFile({ name, bytes: text(fixtureText) });
  if (!isCompendium(draft)) throw new Error(`${name} was not read as a compendium`);
  return { ...draft, libraryId: name.replace(/\W/g, '-'), importedAt };
}

beforeAll(async () => {
  bundled = await loadBundledCorpus();
  bundledJson = JSON.stringify(bundled);
  plain = await compendium('compendium-en.txt', compendiumFixtureAsText(englishCompendiumFixture()), '2026-11-21T10:00:00.000Z');
  withMeetingOne = await compendium('compendium-i-en.txt', compendiumFixtureAsText(englishCompendiumFixture({ meetingOne })), '2026-11-21T10:00:00.000Z');
  const draft = await importFile({ name: 'report-2012-6-en.txt', bytes: text(fixtureAsText(report)) });
  englishReport = { ...confirmImport(draft, draft.metadata, draft.paragraphs), libraryId: 'report', importedAt: '2026-11-20T10:00:00.000Z' };
});

const paragraph = (corpus: Corpus, id: string) => corpus.paragraphs.find((p) => p.id === id)!;

describe('an imported English compendium joins the corpus', () => {
  it('gives the paragraphs it lines up with their English text, and leaves the French and the bundled corpus alone', () => {
    const merged = mergeLibrary(bundled, { documents: [], metadata: [], compendiums: [plain] });
    const iv3 = paragraph(merged, 'CTOC/COP/WG.7/2017/5#rec.3');
    expect(iv3.text.en).toBe(englishCompendiumFixture().partA[0]!.items[2]!.text);
    expect(iv3.text.fr).toBe(paragraph(bundled, iv3.id).text.fr);
    expect(iv3.provenance.at(-1)).toEqual({ file: 'compendium-en.txt', line: expect.any(Number), what: 'imported txt file, English compendium, A:IV.3' });
    expect(paragraph(merged, 'CTOC/COP/2004/6#b.iv').text.en).toBe('Fixture exchange of views and experience gained in the implementation of the Protocol;');
    // Only what the file gives: a paragraph of a section it does not have gets no English.
    expect(paragraph(merged, 'CTOC/COP/WG.7/2012/6#25').text.en).toBeUndefined();
    expect(merged.paragraphs.filter((p) => p.text.en !== undefined)).toHaveLength(25);
    expect(JSON.stringify(bundled)).toBe(bundledJson);
  });

  it('gives official English theme names from its index, and English titles from its headings', () => {
    const merged = mergeLibrary(bundled, { documents: [], metadata: [], compendiums: [plain] });
    const theme = (id: string) => merged.themes.find((t) => t.id === id)!;
    expect(theme('attache-e-s-de-liaison')).toMatchObject({ label: { fr: 'Attaché(e)s de liaison', en: 'Liaison officers posted abroad' }, englishLabelIsUnofficial: false });
    expect(theme('assistance-technique')).toMatchObject({ label: { en: 'Technical assistance' }, englishLabelIsUnofficial: true });
    const title = (id: string) => merged.documents.find((d) => d.id === id)!.title.en;
    expect(title('CTOC/COP/WG.7/2017/5')).toBe('Fourth meeting, 11–13 September 2017');
    expect(title('CTOC/COP/2004/6')).toBe('Decision 1/6: Fixture title of the decision on the Protocol against the Smuggling of Migrants');
  });

  it('keeps an imported English report quoted and the compendium’s differing wording as a variant, whichever came first', () => {
    const before = mergeLibrary(bundled, { documents: [englishReport], metadata: [] });
    expect(alignEdition(before, withMeetingOne.edition).differingWording).toEqual([
      { reference: 'A:I.2', paragraphId: 'CTOC/COP/WG.7/2012/6#5', current: recommendations[1]!.text, edition: meetingOne[1] },
    ]);
    for (const importedAt of ['2026-11-21T10:00:00.000Z', '2026-11-19T10:00:00.000Z']) {
      const merged = mergeLibrary(bundled, { documents: [englishReport], metadata: [], compendiums: [{ ...withMeetingOne, importedAt }] });
      const i2 = paragraph(merged, 'CTOC/COP/WG.7/2012/6#5');
      expect(i2.text.en).toBe(recommendations[1]!.text);
      expect(i2.variants).toEqual([{ source: 'compendium', lang: 'en', text: meetingOne[1], provenance: expect.objectContaining({ file: 'compendium-i-en.txt' }) }]);
      expect(paragraph(merged, 'CTOC/COP/WG.7/2012/6#4').variants).toEqual([]);
      expect(merged.dataQuality.filter((issue) => issue.kind === 'text-variant' && issue.paragraphId === i2.id)).toHaveLength(1);
      // The report's English version is still what the document has in English.
      expect(merged.documents.find((d) => d.id === 'CTOC/COP/WG.7/2012/6')!.languages).toEqual(['fr', 'en']);
    }
  });

  it('gives the check English precedents: an English paragraph of the compendium is found verbatim', () => {
    const checker = createPrecedentChecker(indexCorpus(mergeLibrary(bundled, { documents: [], metadata: [], compendiums: [plain] })));
    const iv14 = englishCompendiumFixture().partA[0]!.items[13]!.text;
    const result = checker.checkParagraph(iv14, { lang: 'en' });
    expect(result.verdict).toBe('verbatim');
    expect(result.precedents[0]!.paragraphId).toBe('CTOC/COP/WG.7/2017/5#rec.14');
  });

  it('fills the English column of the bilingual Word export with the edition’s text', async () => {
    const index = indexCorpus(mergeLibrary(bundled, { documents: [], metadata: [], compendiums: [plain] }));
    const id = 'CTOC/COP/WG.7/2017/5#rec.3';
    const french = index.paragraphs.get(id)!.text.fr!;
    const bytes = await buildDraftDocx(
      index,
      { title: 'Draft', lang: 'fr', citationStyle: 'inline', content: { preamble: [], operative: [{ style: 'body', runs: [{ type: 'precedent', paragraphId: id, lang: 'fr', text: french, sourceText: french }] }] } },
      { bilingual: true },
    );
    const [, row] = tableRowsOf((await readDocxParts(bytes)).document);
    expect(row?.map(textOf)).toEqual([
      `${french} (CTOC/COP/WG.7/2017/5, recommandation 3)`,
      `${englishCompendiumFixture().partA[0]!.items[2]!.text} (CTOC/COP/WG.7/2017/5, recommendation 3)`,
    ]);
  });

  it('a compilation of a theme the edition named carries its official name, without the unofficial-translation note', async () => {
    const index = indexCorpus(mergeLibrary(bundled, { documents: [], metadata: [], compendiums: [plain] }));
    const texts = async (themeId: string) => paragraphsOf((await readDocxParts(await buildCompilationDocx(index, { themeId }, { lang: 'en', groupBy: 'theme' }))).document).map((p) => p.text);
    const official = await texts('attache-e-s-de-liaison');
    expect(official[0]).toBe('Compilation of agreed language: Liaison officers posted abroad');
    expect(official.some((text) => /unofficial/.test(text))).toBe(false);
    expect(await texts('assistance-technique')).toContain('The English theme labels are unofficial translations of the French thematic index.');
  });

  it('a library from before editions (no compendiums) merges as it did', () => {
    expect(JSON.stringify(mergeLibrary(bundled, { documents: [englishReport], metadata: [] }))).toBe(
      JSON.stringify(mergeLibrary(bundled, { documents: [englishReport], metadata: [], compendiums: [] })),
    );
  });
});
