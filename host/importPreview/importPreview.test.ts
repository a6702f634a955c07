import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { indexCorpus } from '../../shared/corpus/corpusIndex';
import type { Corpus } from '../../shared/corpus/model';
import { SOURCE_FILES } from '../../shared/corpus/sourceFiles';
import { alignEdition } from '../../shared/import/compendium/alignEdition';
import { isCompendium, type NewImportedCompendium } from '../../shared/import/compendium/model';
import { confirmImport } from '../../shared/import/confirmImport';
import type { ImportDraft } from '../../shared/import/detect/detectImport';
import { englishCompendiumFixture } from '../../shared/import/fixtures/englishCompendiumFixture';
import { englishReportFixture } from '../../shared/import/fixtures/englishReportFixture';
import { compendiumFixtureAsText } from '../../shared/import/fixtures/renderCompendiumFixture';
import { fixtureAsText } from '../../shared/import/fixtures/renderFixture';
import { importAnyFile, importFile } from '../../shared/import/importFile';
import { mergeLibrary } from '../../shared/import/mergeLibrary';
import { EMPTY_LIBRARY } from '../../shared/import/model';
import { type ImportPreviewRequest, previewImport } from '../../shared/import/previewImport';
import { createThemeSuggester } from '../../shared/import/suggestThemes';
import { loadBundledCorpus, readSourceTexts } from '../corpus/loadBundledCorpus';
import { createNodeDeskHost } from '../createNodeDeskHost';
import type { NodeDeskHost } from '../NodeDeskHost';

const REPORT = 'CTOC/COP/WG.7/2012/6';
const text = (value: string) => new TextEncoder().encode(value);
let bundled: Corpus;
/** The English fixture of report 2012/6, and a new English report, as the real parser reads them. */
let english: ImportDraft;
let newReport: ImportDraft;
let dataDir: string;
let host: NodeDeskHost;

async function compendiumFile(name: string, content: string): Promise<NewImportedCompendium> {
  const draft = await importAnyFile({ name, bytes: text(content) });
  if (!isCompendium(draft)) throw new Error(`${name} was not recognised as a compendium`);
  return draft;
}

/** The request the window makes for a file as detected: every row included, context rows without suggestions. */
const requestOf = (draft: ImportDraft, metadata: Partial<ImportPreviewRequest> = {}): ImportPreviewRequest => ({
  symbol: draft.metadata.symbol,
  lang: draft.metadata.lang,
  rows: draft.paragraphs.map((paragraph) => ({ locator: paragraph.locator, text: paragraph.kind === 'context' ? null : paragraph.text })),
  ...metadata,
});

/** What the preview must show: the pure preview over the library as the host merges it. */
const expectedOver = (corpus: Corpus, request: ImportPreviewRequest) => {
  const index = indexCorpus(corpus);
  return previewImport(index, createThemeSuggester(index.corpus), request);
};

beforeAll(async () => {
  bundled = await loadBundledCorpus();
  english = await importFile({ name: 'report-2012-6-en.txt', bytes: text(fixtureAsText(englishReportFixture())) });
  newReport = await importFile({ name: 'report-2099-en.txt', bytes: text(fixtureAsText(englishReportFixture({ symbol: 'CTOC/COP/WG.7/2099/1' }))) });
});

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'desk-preview-'));
  host = await createNodeDeskHost({ dataDir, loadCorpus: () => loadBundledCorpus(), saveFile: () => Promise.reject(new Error('unused')), pickImportFiles: async () => [] });
});

afterEach(async () => {
  await host.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the import preview, worked out by the host', () => {
  it('lines an English report up with the bundled French one: counterparts by number, themes carried over, what does not line up', async () => {
    const request = requestOf(english);
    const preview = await host.previewImport(request);
    expect(preview).toEqual(expectedOver(mergeLibrary(bundled, EMPTY_LIBRARY), request));
    expect(preview.alignment).toMatchObject({ target: { id: REPORT, symbol: REPORT }, duplicate: false });
    // As the preview says it: 9 of 13 paragraphs line up by number.
    expect([preview.rows.filter((row) => row.counterpart !== null).length, preview.rows.length]).toEqual([9, 13]);
    const row4 = english.paragraphs.findIndex((paragraph) => paragraph.locator.number === 4 && paragraph.locator.items.length === 0);
    const bundled4 = bundled.paragraphs.find((paragraph) => paragraph.id === `${REPORT}#4`)!;
    expect(preview.rows[row4]).toEqual({ counterpart: `${REPORT}#4`, carriedThemes: bundled4.themeIds, suggestions: [] });
    // Only what the preview shows crosses: the target by name, not its paragraphs.
    expect(Object.keys(preview.alignment.target!).sort()).toEqual(['id', 'shortKey', 'symbol']);
  });

  it('says when the library has the document in the language already, and leaves excluded rows unaligned', async () => {
    const request = requestOf(english, { lang: 'fr' });
    request.rows[0] = { locator: null, text: null };
    const preview = await host.previewImport(request);
    expect(preview.alignment.duplicate).toBe(true);
    expect(preview.rows[0]).toEqual({ counterpart: null, carriedThemes: [], suggestions: [] });
  });

  it('suggests themes from the library as it is now: none in English until English paragraphs the index cites are in it', async () => {
    const request = requestOf(newReport);
    const before = await host.previewImport(request);
    expect(before.alignment.target).toBeNull();
    expect(before.rows.every((row) => row.suggestions.length === 0)).toBe(true);

    const added = await host.addToLibrary(confirmImport(english, english.metadata, english.paragraphs));
    const after = await host.previewImport(request);
    expect(after.rows.some((row) => row.suggestions.length > 0)).toBe(true);
    const library = mergeLibrary(bundled, { ...EMPTY_LIBRARY, documents: [added] });
    expect(after).toEqual(expectedOver(library, request));
  });

  it('refuses a malformed request with its reason', async () => {
    await expect(host.previewImport({ symbol: null, lang: 'de' as 'fr', rows: [] })).rejects.toMatchObject({ code: 'request.invalid', message: expect.stringMatching(/"lang"/) });
    await expect(host.previewImport({ symbol: null, lang: 'en', rows: [{ locator: { number: 4 } as never, text: null }] })).rejects.toMatchObject({ code: 'request.invalid', message: expect.stringMatching(/Row 1/) });
    await expect(host.previewImport(null as never)).rejects.toMatchObject({ code: 'request.invalid' });
  });
});

describe('the compendium preview, worked out by the host', () => {
  it('lines the bundled French compendium, read from its seed file, up with every bundled compendium paragraph', async () => {
    const { edition } = await compendiumFile('recueil.txt', (await readSourceTexts())[SOURCE_FILES.compendium]!);
    const alignment = await host.previewCompendium({ edition });
    expect(alignment).toEqual(alignEdition(mergeLibrary(bundled, EMPTY_LIBRARY), edition));
    expect(alignment.linedUp).toHaveLength(314);
    expect({ missing: alignment.missing, extra: alignment.extra, counts: alignment.counts }).toEqual({ missing: [], extra: [], counts: [] });
  });

  it('lines an English edition up, and lists what differs from English already in the library', async () => {
    const { edition } = await compendiumFile('compendium-en.txt', compendiumFixtureAsText(englishCompendiumFixture()));
    expect((await host.previewCompendium({ edition })).linedUp).toHaveLength(edition.entries.length);
    const added = await host.addToLibrary(confirmImport(english, english.metadata, english.paragraphs));
    const alignment = await host.previewCompendium({ edition });
    expect(alignment).toEqual(alignEdition(mergeLibrary(bundled, { ...EMPTY_LIBRARY, documents: [added] }), edition));
  });

  it('refuses an edition that is not one', async () => {
    await expect(host.previewCompendium({ edition: { lang: 'en', sections: [], entries: [], themes: [] } })).rejects.toMatchObject({ code: 'request.invalid', message: expect.stringMatching(/no paragraphs/) });
    await expect(host.previewCompendium({} as never)).rejects.toMatchObject({ code: 'request.invalid' });
  });
});
