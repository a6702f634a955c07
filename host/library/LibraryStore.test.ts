import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isCompendium, type NewImportedCompendium } from '../../shared/import/compendium/model';
import { confirmImport, type NewImportedDocument } from '../../shared/import/confirmImport';
import { englishCompendiumFixture } from '../../shared/import/fixtures/englishCompendiumFixture';
import { englishReportFixture } from '../../shared/import/fixtures/englishReportFixture';
import { compendiumFixtureAsText } from '../../shared/import/fixtures/renderCompendiumFixture';
import { fixtureAsText } from '../../shared/import/fixtures/renderFixture';
import { importAnyFile, importFile } from '../../shared/import/importFile';
import { ENTERED_BY_THE_USER } from '../../shared/import/model';
import { loadBundledCorpus } from '../corpus/loadBundledCorpus';
import { createNodeDeskHost } from '../createNodeDeskHost';
import type { NodeDeskHost } from '../NodeDeskHost';
import { LibraryStore } from './LibraryStore';

let english: NewImportedDocument;
let dataDir: string;
let host: NodeDeskHost;

beforeAll(async () => {
  const draft = await importFile({ name: 'fixture-en.txt', bytes: new TextEncoder().encode(fixtureAsText(englishReportFixture())) });
  english = confirmImport(draft, draft.metadata, draft.paragraphs);
});

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'desk-library-'));
  host = await createNodeDeskHost({
    dataDir,
    loadCorpus: () => loadBundledCorpus(),
    saveFile: () => Promise.reject(new Error('not used')),
    pickImportFiles: () => Promise.resolve([]),
  });
});

afterEach(async () => {
  await host.close();
  await rm(dataDir, { recursive: true, force: true });
});

const englishOf = async (id: string) => (await host.paragraphsWithFamily({ ids: [id] })).paragraphs.find((p) => p.id === id)?.text.en;
const documentOf = async (id: string) => (await host.getCatalog()).documents.find((d) => d.id === id);

describe('the user library in the data folder', () => {
  it('stores a confirmed import, which the corpus then includes', async () => {
    expect(await englishOf('CTOC/COP/WG.7/2012/6#4')).toBeUndefined();
    const stored = await host.addToLibrary(english);
    expect(stored.libraryId).toMatch(/^[\w-]+$/);
    expect(await readdir(join(dataDir, 'library', 'documents'))).toEqual([`${stored.libraryId}.json`]);
    expect(await englishOf('CTOC/COP/WG.7/2012/6#4')).toBe(english.paragraphs.find((p) => p.locator.number === 4)!.text);
    expect((await host.getLibrary()).documents).toEqual([stored]);
  });

  it('refuses a second version in a language the document already has, and changes nothing', async () => {
    await host.addToLibrary(english);
    await expect(host.addToLibrary(english)).rejects.toThrow(/already in the library in English/);
    await expect(host.addToLibrary({ ...english, metadata: { ...english.metadata, lang: 'fr' } })).rejects.toThrow(/already in the library in French/);
    expect((await host.getLibrary()).documents).toHaveLength(1);
  });

  it('adds the same document and language sent twice at once only once', async () => {
    const outcomes = await Promise.allSettled([host.addToLibrary(english), host.addToLibrary(english)]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await readdir(join(dataDir, 'library', 'documents'))).toHaveLength(1);
  });

  it('refuses a malformed document without writing anything', async () => {
    await expect(host.addToLibrary({ ...english, paragraphs: [] })).rejects.toThrow(/no paragraphs/);
    expect((await host.getLibrary()).documents).toEqual([]);
  });

  it('removes an imported document by moving its file aside; the bundled text is back to French only', async () => {
    const stored = await host.addToLibrary(english);
    await host.removeFromLibrary({ libraryId: stored.libraryId });
    expect(await englishOf('CTOC/COP/WG.7/2012/6#4')).toBeUndefined();
    expect((await host.getLibrary()).documents).toEqual([]);
    expect(JSON.parse(await readFile(join(dataDir, 'library', 'removed', `${stored.libraryId}.json`), 'utf8'))).toEqual(stored);
    await expect(host.removeFromLibrary({ libraryId: '../settings' })).rejects.toThrow(/not a library id/);
  });

  it('records a symbol for a bundled document that lacks one, shown as entered by the user, and can take it back', async () => {
    await host.saveDocumentMetadata({ docId: 'WG.7-2022', symbol: 'CTOC/COP/WG.7/2022/2' });
    const document = (await documentOf('WG.7-2022'))!;
    expect(document.symbol).toBe('CTOC/COP/WG.7/2022/2');
    expect(document.metadataSources.symbol?.[0]?.what).toBe(ENTERED_BY_THE_USER);
    await host.saveDocumentMetadata({ docId: 'WG.7-2022', symbol: null });
    expect((await documentOf('WG.7-2022'))!.symbol).toBeNull();
  });

  it('refuses a symbol for a document whose source gives one, and a malformed symbol', async () => {
    await expect(host.saveDocumentMetadata({ docId: 'CTOC/COP/WG.7/2012/6', symbol: 'CTOC/COP/WG.7/2099/1' })).rejects.toThrow(/already has a symbol/);
    await expect(host.saveDocumentMetadata({ docId: 'WG.7-2022', symbol: 'not a symbol' })).rejects.toThrow(/not a document symbol/);
  });

  it('lists a damaged library file, leaves it in place, and still loads the rest', async () => {
    const stored = await host.addToLibrary(english);
    const damaged = join(dataDir, 'library', 'documents', 'damaged.json');
    await writeFile(damaged, '{"libraryId": "damaged", "paragraphs": ');
    const library = await host.getLibrary();
    expect(library.documents.map((d) => d.libraryId)).toEqual([stored.libraryId]);
    expect(library.damaged).toEqual([{ file: 'documents/damaged.json', message: expect.any(String) }]);
    expect(await readFile(damaged, 'utf8')).toBe('{"libraryId": "damaged", "paragraphs": ');
    expect(await englishOf('CTOC/COP/WG.7/2012/6#4')).toBeDefined();
  });

  it('does not overwrite a damaged metadata file with a new entry', async () => {
    const store = new LibraryStore(join(dataDir, 'library'));
    await mkdir(join(dataDir, 'library'), { recursive: true });
    await writeFile(join(dataDir, 'library', 'metadata.json'), 'not json');
    await expect(store.setMetadata('WG.7-2022', 'CTOC/COP/WG.7/2022/2')).rejects.toThrow();
    expect(await readFile(join(dataDir, 'library', 'metadata.json'), 'utf8')).toBe('not json');
    expect((await store.read()).damaged.map((d) => d.file)).toEqual(['metadata.json']);
  });
});

describe('an English edition of the compendium in the library', () => {
  let edition: NewImportedCompendium;

  beforeAll(async () => {
    const draft = await importAnyFile({ name: 'compendium-en.txt', bytes: new TextEncoder().encode(compendiumFixtureAsText(englishCompendiumFixture())) });
    if (!isCompendium(draft)) throw new Error('the fixture was not read as a compendium');
    edition = draft;
  });

  it('is stored under editions/, gives its English text to the corpus, one at a time, and can be removed', async () => {
    const stored = await host.addCompendiumToLibrary(edition);
    expect(await readdir(join(dataDir, 'library', 'editions'))).toEqual([`${stored.libraryId}.json`]);
    expect((await host.getLibrary()).compendiums).toEqual([stored]);
    expect(await englishOf('CTOC/COP/WG.7/2017/5#rec.1')).toBe(englishCompendiumFixture().partA[0]!.items[0]!.text);
    await expect(host.addCompendiumToLibrary(edition)).rejects.toThrow(/already in the library; remove it first/);
    await host.removeFromLibrary({ libraryId: stored.libraryId });
    expect(await readdir(join(dataDir, 'library', 'removed'))).toEqual([`${stored.libraryId}.json`]);
    expect(await englishOf('CTOC/COP/WG.7/2017/5#rec.1')).toBeUndefined();
  });

  it('refuses the French edition, which is the bundled one', async () => {
    await expect(host.addCompendiumToLibrary({ ...edition, edition: { ...edition.edition, lang: 'fr' } })).rejects.toThrow(/Only an English edition/);
    expect((await host.getLibrary()).compendiums).toEqual([]);
  });

  it('opens a library made before editions existed (no editions folder) and lists a damaged edition without losing it', async () => {
    const store = new LibraryStore(join(dataDir, 'library'));
    await mkdir(join(dataDir, 'library', 'documents'), { recursive: true });
    expect(await store.read()).toEqual({ documents: [], compendiums: [], metadata: [], damaged: [] });
    await writeFile(join(dataDir, 'library', 'editions', 'broken.json'), '{"edition": ');
    expect((await store.read()).damaged.map((d) => d.file)).toEqual(['editions/broken.json']);
    expect(await readFile(join(dataDir, 'library', 'editions', 'broken.json'), 'utf8')).toBe('{"edition": ');
  });
});
