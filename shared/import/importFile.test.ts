import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus, readSourceTexts } from '../../host/corpus/loadBundledCorpus';
import { convertToPdf } from '../../host/export/libreOffice';
import { locatorPath } from '../corpus/build/CorpusBuilder';
import type { Corpus } from '../corpus/model';
import { SOURCE_FILES } from '../corpus/sourceFiles';
import type { ImportDraft } from './detect/detectImport';
import { englishReportFixture, FIXTURE_NOTICE, type FixtureItem } from './fixtures/englishReportFixture';
import { fixtureAsDocx, fixtureAsText, linesAsDocx } from './fixtures/renderFixture';
import { importFile } from './importFile';

const fixture = englishReportFixture();
let corpus: Corpus;
let workDir: string;
const drafts = new Map<string, ImportDraft>();

/** Paragraphs as comparable rows: id suffix, kind, section and text. */
const rows = (draft: ImportDraft) => draft.paragraphs.map((p) => ({ path: locatorPath(p.locator), kind: p.kind, adopted: p.adopted, section: p.section, text: p.text }));

beforeAll(async () => {
  corpus = await loadBundledCorpus();
  workDir = await mkdtemp(join(tmpdir(), 'import-fixture-'));
  const docx = await fixtureAsDocx(fixture);
  await writeFile(join(workDir, 'fixture.docx'), docx);
  const [pdfPath] = await convertToPdf([join(workDir, 'fixture.docx')], workDir);
  const files = { 'fixture.txt': new TextEncoder().encode(fixtureAsText(fixture)), 'fixture.docx': docx, 'fixture.pdf': new Uint8Array(await readFile(pdfPath!)) };
  for (const [name, bytes] of Object.entries(files)) drafts.set(name, await importFile({ name, bytes }));
}, 120_000);

afterAll(() => rm(workDir, { recursive: true, force: true }));

describe('the English test fixture as .txt, .docx and .pdf', () => {
  it('imports to the same paragraphs from all three formats', () => {
    const fromText = rows(drafts.get('fixture.txt')!);
    expect(rows(drafts.get('fixture.docx')!)).toEqual(fromText);
    expect(rows(drafts.get('fixture.pdf')!)).toEqual(fromText);
  });

  it('reads the paragraphs, sub-items and section headings the fixture was written with', () => {
    const expected: { path: string; text: string; section: string }[] = [];
    const items = (list: readonly FixtureItem[] | undefined, path: string, section: string) => {
      for (const item of list ?? []) {
        expected.push({ path: `${path}.${item.marker}`, text: item.text, section });
        items(item.items, `${path}.${item.marker}`, section);
      }
    };
    for (const section of fixture.sections) {
      for (const paragraph of section.paragraphs) {
        expected.push({ path: String(paragraph.number), text: paragraph.text, section: section.heading });
        items(paragraph.items, String(paragraph.number), section.heading);
      }
    }
    for (const draft of drafts.values()) {
      expect(draft.paragraphs.map((p) => ({ path: locatorPath(p.locator), text: p.text, section: p.section }))).toEqual(expected);
    }
  });

  it('tells recommendations from report text and leaves page furniture and footnotes out', () => {
    const draft = drafts.get('fixture.pdf')!;
    const adopted = draft.paragraphs.filter((p) => p.adopted).map((p) => locatorPath(p.locator));
    expect(adopted).toEqual(['4', '5', '6', '7', '8', '8.a', '8.b', '8.b.i', '8.b.ii']);
    const allText = draft.paragraphs.map((p) => p.text).join('\n');
    const footnote = fixture.sections.flatMap((s) => s.paragraphs).find((p) => p.footnote)!.footnote!;
    for (const furniture of [fixture.jobNumber, footnote, FIXTURE_NOTICE, fixture.symbol]) expect(allText).not.toContain(furniture);
  });

  it('detects the symbol, language, body, meeting, dates, place and title in every format', () => {
    for (const [name, draft] of drafts) {
      expect({ name, ...draft.metadata }).toEqual({
        name,
        symbol: fixture.symbol,
        lang: 'en',
        body: 'wg',
        kind: 'report',
        meeting: 1,
        number: null,
        year: 2012,
        dates: { start: '2012-05-30', end: '2012-06-01' },
        place: 'Vienna',
        title: fixture.title,
        originalLanguage: 'en',
        locatorScheme: 'paragraph',
      });
      expect(draft.notices).toEqual([]);
    }
  });
});

describe('re-importing the bundled French sources', () => {
  const bundledRows = (docId: string) =>
    corpus.paragraphs.filter((p) => p.docId === docId).map((p) => ({ path: p.id.slice(p.id.indexOf('#') + 1), adopted: p.adopted, section: p.section?.fr ?? null, text: p.text.fr }));
  const importedRows = (draft: ImportDraft) => draft.paragraphs.map((p) => ({ path: locatorPath(p.locator), adopted: p.adopted, section: p.section, text: p.text }));

  it('report 2012/6 as a .docx made of the raw lines of its source gives the bundled parser’s paragraphs', async () => {
    const raw = (await readSourceTexts())[SOURCE_FILES.report2012]!;
    const draft = await importFile({ name: 'CTOC-COP-WG7-2012-6.docx', bytes: await linesAsDocx(raw) });
    expect(importedRows(draft)).toEqual(bundledRows('CTOC/COP/WG.7/2012/6'));
    expect(draft.metadata).toMatchObject({ lang: 'fr', dates: { start: '2012-05-30', end: '2012-06-01' }, place: 'Vienne' });
  });

  it.each([
    ['report2015', 'txt', 'CTOC/COP/WG.7/2015/6'],
    ['report2022', 'md', 'WG.7-2022'],
  ] as const)('%s as .%s gives the bundled paragraphs', async (role, format, docId) => {
    const raw = (await readSourceTexts())[SOURCE_FILES[role]]!;
    const draft = await importFile({ name: `source.${format}`, bytes: new TextEncoder().encode(raw) });
    expect(importedRows(draft)).toEqual(bundledRows(docId));
  });

  it('resolution 6/3 as .txt gives its preambular and operative paragraphs, as the bundled text has them', async () => {
    const raw = (await readSourceTexts())[SOURCE_FILES.resolution63]!;
    const draft = await importFile({ name: 'resolution-6-3.txt', bytes: new TextEncoder().encode(raw) });
    expect(draft.metadata).toMatchObject({ kind: 'resolution', body: 'cop', locatorScheme: 'resolution' });
    expect(draft.paragraphs.map((p) => ({ path: locatorPath(p.locator), kind: p.kind, text: p.text }))).toEqual(
      corpus.paragraphs.filter((p) => p.docId === 'CTOC/COP/2012/15').map((p) => ({ path: p.id.slice(p.id.indexOf('#') + 1), kind: p.kind, text: p.text.fr })),
    );
  });
});
