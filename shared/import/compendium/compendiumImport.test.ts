import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus, readSourceTexts } from '../../../host/corpus/loadBundledCorpus';
import { convertToPdf } from '../../../host/export/libreOffice';
import { sameWording } from '../../corpus/build/wording';
import type { Corpus } from '../../corpus/model';
import { SOURCE_FILES } from '../../corpus/sourceFiles';
import { type CompendiumFixtureItem, englishCompendiumFixture } from '../fixtures/englishCompendiumFixture';
import { compendiumFixtureAsDocx, compendiumFixtureAsText } from '../fixtures/renderCompendiumFixture';
import { importAnyFile } from '../importFile';
import { alignEdition } from './alignEdition';
import { isCompendium, type NewImportedCompendium } from './model';

const fixture = englishCompendiumFixture();
const text = (value: string) => new TextEncoder().encode(value);
let corpus: Corpus;
let workDir: string;
const drafts = new Map<string, NewImportedCompendium>();

async function readCompendium(name: string, bytes: Uint8Array): Promise<NewImportedCompendium> {
  const draft = await importAnyFile({ name, bytes });
  if (!isCompendium(draft)) throw new Error(`${name} was not recognised as a compendium`);
  return draft;
}

beforeAll(async () => {
  corpus = await loadBundledCorpus();
  workDir = await mkdtemp(join(tmpdir(), 'compendium-fixture-'));
  const docx = await compendiumFixtureAsDocx(fixture);
  await writeFile(join(workDir, 'compendium.docx'), docx);
  const [pdfPath] = await convertToPdf([join(workDir, 'compendium.docx')], workDir);
  const files = { 'compendium.txt': text(compendiumFixtureAsText(fixture)), 'compendium.docx': docx, 'compendium.pdf': new Uint8Array(await readFile(pdfPath!)) };
  for (const [name, bytes] of Object.entries(files)) drafts.set(name, await readCompendium(name, bytes));
}, 120_000);

afterAll(() => rm(workDir, { recursive: true, force: true }));

describe('the bundled French compendium, imported as a file', () => {
  it('is recognised as the French edition and lines up with every bundled compendium paragraph, text for text', async () => {
    const source = (await readSourceTexts())[SOURCE_FILES.compendium]!;
    const { edition } = await readCompendium('recueil.txt', text(source));
    const alignment = alignEdition(corpus, edition);
    expect(edition.lang).toBe('fr');
    expect(alignment.linedUp).toHaveLength(314);
    expect({ missing: alignment.missing, extra: alignment.extra, counts: alignment.counts, absent: alignment.absentSections }).toEqual({ missing: [], extra: [], counts: [], absent: [] });
    // The same parser reads both: an entry's words are the compendium's printing of its paragraph.
    const i22 = corpus.paragraphs.find((p) => p.compendiumRef === 'I.22' && p.compendiumPart === 'A')!;
    expect(sameWording(edition.entries.find((entry) => entry.reference === 'A:I.22')!.text, i22.variants[0]?.text ?? i22.text.fr!)).toBe(true);
    // Every index theme pairs with the bundled theme of its label, but the three pairs of themes that
    // cite the same paragraphs: a tie is broken by our English names, which French labels do not share.
    const labelOf = new Map(corpus.themes.map((theme) => [theme.id, theme.label.fr]));
    expect(alignment.themes.matches.every((match) => labelOf.get(match.themeId) === match.label)).toBe(true);
    const citing = (references: readonly string[]) => [...references].sort().join(' ');
    for (const theme of alignment.themes.unmatched) {
      expect(edition.themes.filter((other) => citing(other.references) === citing(theme.references))).toHaveLength(2);
    }
    expect(alignment.themes.unmatched).toHaveLength(6);
  });
});

describe('the English test fixture as .txt, .docx and .pdf', () => {
  const expected: { reference: string; text: string }[] = [];
  const items = (list: readonly CompendiumFixtureItem[], prefix: string) => {
    for (const item of list) {
      expected.push({ reference: `${prefix}.${item.marker}`, text: item.text });
      items(item.items ?? [], `${prefix}.${item.marker}`);
    }
  };
  for (const section of fixture.partA) items(section.items, `A:${section.roman}`);
  for (const section of fixture.partB) items(section.items, `B:${section.roman}`);

  it('reads every paragraph under its compendium reference, with the text the fixture was written with', () => {
    for (const [name, draft] of drafts) {
      expect({ name, lang: draft.edition.lang }).toEqual({ name, lang: 'en' });
      expect(draft.edition.entries.map(({ reference, text: entryText }) => ({ reference, text: entryText }))).toEqual(expected);
    }
  });

  it('lines up the same way from all three formats: all 25 paragraphs, the other sections absent', () => {
    const alignments = [...drafts.values()].map((draft) => alignEdition(corpus, draft.edition));
    const [fromText] = alignments;
    expect(fromText!.linedUp).toHaveLength(25);
    expect(fromText!.linedUp.find((entry) => entry.reference === 'A:IV.3')?.paragraphId).toBe('CTOC/COP/WG.7/2017/5#rec.3');
    expect(fromText!.linedUp.find((entry) => entry.reference === 'B:I.b.iv')?.paragraphId).toBe('CTOC/COP/2004/6#b.iv');
    expect({ missing: fromText!.missing, extra: fromText!.extra, counts: fromText!.counts }).toEqual({ missing: [], extra: [], counts: [] });
    expect(fromText!.absentSections).toEqual(['A:I', 'A:II', 'A:III', 'A:V', 'A:VI', 'B:II', 'B:III', 'B:IV', 'B:V', 'B:VI']);
    for (const alignment of alignments) expect({ ...alignment, themes: null }).toEqual({ ...fromText!, themes: null });
  });

  it('reads the index of the .txt and .docx (not the PDF, whose table loses its columns) and pairs its themes by what they cite', () => {
    for (const name of ['compendium.txt', 'compendium.docx']) {
      const { themes } = alignEdition(corpus, drafts.get(name)!.edition);
      // Two bundled themes cite I.22, II.30 and V.2.e: the one whose unofficial name the label shares is taken.
      expect(themes.matches).toEqual([
        { themeId: 'appui-consulaire-et-diplomatique', label: 'Consular and diplomatic support', replaces: 'Consular and diplomatic support' },
        { themeId: 'attache-e-s-de-liaison', label: 'Liaison officers posted abroad', replaces: 'Liaison officers' },
      ]);
      expect(themes.unmatched.map((theme) => theme.label)).toEqual(['Fixture theme that cites no bundled paragraph']);
    }
    expect(drafts.get('compendium.pdf')!.edition.themes).toEqual([]);
  });
});

describe('an edition that does not line up everywhere', () => {
  it('reports a reference missing from the file, one the bundled compendium lacks, and a count that differs', async () => {
    const { edition } = await readCompendium('uneven.txt', text(compendiumFixtureAsText(englishCompendiumFixture({ omit: ['IV.7', 'I.f'], extra: true }))));
    const alignment = alignEdition(corpus, edition);
    expect(alignment.missing).toEqual(['A:IV.7', 'B:I.f']);
    expect(alignment.extra.map((entry) => entry.reference)).toEqual(['A:IV.16']);
    expect(alignment.counts).toEqual([{ section: 'B:I', bundled: 10, edition: 9 }]);
    expect(alignment.linedUp).toHaveLength(23);
  });
});

describe('a file with the compendium’s headings that cannot be read as one', () => {
  it('is refused with its reason, not read as a report', async () => {
    const broken = compendiumFixtureAsText(fixture).replace('Decision 1/6', 'Something else');
    await expect(importAnyFile({ name: 'broken.txt', bytes: text(broken) })).rejects.toMatchObject({ code: 'compendium-unreadable', detail: { name: 'broken.txt', reason: expect.stringContaining('section I') } });
  });
});
