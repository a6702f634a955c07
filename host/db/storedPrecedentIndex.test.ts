import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrecedentChecker, type PrecedentChecker } from '../../shared/check/createPrecedentChecker';
import { indexCorpus } from '../../shared/corpus/corpusIndex';
import type { Corpus, Lang } from '../../shared/corpus/model';
import { confirmImport, type NewImportedDocument } from '../../shared/import/confirmImport';
import { englishReportFixture } from '../../shared/import/fixtures/englishReportFixture';
import { fixtureAsText } from '../../shared/import/fixtures/renderFixture';
import { importFile } from '../../shared/import/importFile';
import { mergeLibrary } from '../../shared/import/mergeLibrary';
import { tokenizeWords } from '../../shared/text/normalizeWording';
import { loadBundledCorpus } from '../corpus/loadBundledCorpus';
import { LibraryStore } from '../library/LibraryStore';
import { sqlitePrecedentLibrary } from './sqlitePrecedentLibrary';

let folder: string;
let bundled: Corpus;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'desk-check-index-'));
  bundled = await loadBundledCorpus();
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function importDraft(text: string, name: string): Promise<NewImportedDocument> {
  const draft = await importFile({ name, bytes: new TextEncoder().encode(text) });
  return confirmImport(draft, draft.metadata, draft.paragraphs);
}

/** Every `step`-th precedent's text in a language. */
function precedentTexts(corpus: Corpus, lang: Lang, step: number): string[] {
  const texts = corpus.paragraphs.flatMap((paragraph) => (paragraph.adopted && paragraph.text[lang]?.trim() ? [paragraph.text[lang]!] : []));
  return texts.filter((_, i) => i % step === 0);
}

/** A precedent as a delegate edits it: words replaced, dropped or added, cut short. */
const editedPrecedent = (texts: readonly string[]) =>
  fc
    .record({
      text: fc.constantFrom(...texts),
      edits: fc.array(fc.record({ at: fc.nat(), kind: fc.constantFrom('replace', 'drop', 'add', 'cut'), word: fc.constantFrom('modifié', 'notamment', 'ne', 'pas', 'States', 'le cas échéant') }), { minLength: 1, maxLength: 4 }),
    })
    .map(({ text, edits }) =>
      edits.reduce((edited, { at, kind, word }) => {
        const tokens = tokenizeWords(edited);
        const token = tokens[at % Math.max(1, tokens.length)];
        if (!token) return edited;
        if (kind === 'cut') return edited.slice(0, token.end);
        const replaced = kind === 'replace' ? word : kind === 'drop' ? '' : `${token.text} ${word}`;
        return `${edited.slice(0, token.start)}${replaced}${edited.slice(token.end)}`;
      }, text),
    );

/** The first half of one precedent and the second half of another. */
function stitched(texts: readonly string[]): string[] {
  return texts.slice(0, -1).map((text, i) => {
    const next = texts[i + 1]!;
    return `${text.slice(0, Math.floor(text.length / 2))} ${next.slice(Math.floor(next.length / 2))}`;
  });
}

const NEW_TEXTS = [
  'Les États parties voudront peut-être examiner la question des cryptoactifs lors de la prochaine session.',
  'The Working Group may wish to consider artificial intelligence in border management.',
  'Prie instamment',
  '3. a) (b)',
  '',
];

/** The check over the database gives what today's in-memory checker gives over the same corpus. */
function expectSameChecks(stored: PrecedentChecker, memory: PrecedentChecker, corpus: Corpus): void {
  expect(stored.languages).toEqual(memory.languages);
  for (const lang of memory.languages) {
    const texts = precedentTexts(corpus, lang, 7);
    const fixed = [...texts.slice(0, 40), ...stitched(texts.slice(0, 16)), ...NEW_TEXTS];
    for (const text of fixed) expect(stored.checkParagraph(text, { lang }), text).toEqual(memory.checkParagraph(text, { lang }));
    fc.assert(
      fc.property(editedPrecedent(texts), (text) => {
        expect(stored.checkParagraph(text, { lang })).toEqual(memory.checkParagraph(text, { lang }));
      }),
      { numRuns: 60, seed: 14 },
    );
    // Several lines, each in the language detected.
    const pasted = fixed.slice(0, 12).join('\n');
    expect(stored.check(pasted)).toEqual(memory.check(pasted));
  }
  for (const paragraph of corpus.paragraphs.filter((each, i) => each.adopted && i % 5 === 0)) {
    expect(stored.alsoAdoptedAs(paragraph.id), paragraph.id).toEqual(memory.alsoAdoptedAs(paragraph.id));
  }
  for (const phrase of ['les États parties', 'devraient', 'États', 'trafic illicite de migrants', 'States parties', 'should', 'mot introuvable']) {
    expect(stored.phraseUsage(phrase)).toEqual(memory.phraseUsage(phrase));
  }
}

describe('the check over the library database', () => {
  it('gives the in-memory check results over the bundled corpus, after an import, a removal and a rebuild', async () => {
    const files = new LibraryStore(join(folder, 'library'));
    const library = sqlitePrecedentLibrary({ file: join(folder, 'library.db'), loadBundled: async () => bundled, files });
    try {
      const memoryChecker = async () => {
        const corpus = mergeLibrary(bundled, await files.read());
        return { corpus, checker: createPrecedentChecker(indexCorpus(corpus)) };
      };
      let expected = await memoryChecker();
      expectSameChecks(await library.checker(), expected.checker, expected.corpus);

      // A new report, and the English version of a bundled one (merged into it again).
      const added = await files.add(await importDraft(fixtureAsText(englishReportFixture({ symbol: 'CTOC/COP/WG.7/2031/2', extraRecommendations: 3 })), 'fixture-2031.txt'));
      await files.add(await importDraft(fixtureAsText(englishReportFixture()), 'fixture-en.txt'));
      await library.libraryChanged();
      expected = await memoryChecker();
      expect(expected.checker.languages).toContain('en');
      expectSameChecks(await library.checker(), expected.checker, expected.corpus);

      await files.remove(added.libraryId);
      await library.libraryChanged();
      expected = await memoryChecker();
      expectSameChecks(await library.checker(), expected.checker, expected.corpus);

      // The user's metadata changed: everything is derived again, the check's index emptied first.
      const withoutSymbol = bundled.documents.find((document) => document.symbol === null)!;
      await files.setMetadata(withoutSymbol.id, 'CTOC/COP/2099/1');
      await library.libraryChanged();
      expected = await memoryChecker();
      expectSameChecks(await library.checker(), expected.checker, expected.corpus);
    } finally {
      await library.close();
    }
  }, 120_000);
});
