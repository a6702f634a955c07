import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { sampleExportDraft } from '../../host/export/testing/sampleExportDraft';
import { createPrecedentChecker, type PrecedentChecker } from '../check/createPrecedentChecker';
import { indexCorpus, type CorpusIndex } from '../corpus/corpusIndex';
import { citationRuleBreaches } from '../draft/citationRule';
import { buildDraftDocx } from '../export/buildDraftDocx';
import { readWordDraft } from './readWordDraft';
import { readWordRuns } from './readWordRuns';
import { changeWordInControl, editDocument, insertion, insertIntoControl, removeControl, run } from './testing/editDocx';
import JSZip from 'jszip';

const CONTROLS = 8;
const RUNS = Number(process.env.ROUNDTRIP_PROPERTY_RUNS ?? 25);

let index: CorpusIndex;
let checker: PrecedentChecker;
let exported: Uint8Array;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
  checker = createPrecedentChecker(index);
  exported = await buildDraftDocx(index, sampleExportDraft(index, CONTROLS));
});

type Edit =
  | { kind: 'keep' }
  | { kind: 'alter'; word: string }
  | { kind: 'remove' }
  | { kind: 'delete' }
  | { kind: 'type'; words: string }
  | { kind: 'tracked'; words: string };

const word = fc.stringMatching(/^[a-zéèà]{2,9}$/);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.constant<Edit>({ kind: 'keep' }),
  word.map((w): Edit => ({ kind: 'alter', word: w })),
  fc.constant<Edit>({ kind: 'remove' }),
  fc.constant<Edit>({ kind: 'delete' }),
  fc.array(word, { minLength: 1, maxLength: 4 }).map((ws): Edit => ({ kind: 'type', words: `${ws.join(' ')} ` })),
  fc.array(word, { minLength: 1, maxLength: 4 }).map((ws): Edit => ({ kind: 'tracked', words: `${ws.join(' ')} ` })),
);

/** Applies the edits from the last control to the first, so each control keeps its position while edited. */
function applyEdits(xml: string, edits: readonly Edit[]): string {
  let out = xml;
  for (let n = edits.length - 1; n >= 0; n--) {
    const change = edits[n]!;
    if (change.kind === 'alter') out = changeWordInControl(out, n, 'États', change.word);
    else if (change.kind === 'remove') out = removeControl(out, n);
    else if (change.kind === 'delete') out = out.replace([...out.matchAll(/<w:sdt>.*?<\/w:sdt>/gs)][n]![0], '');
    else if (change.kind === 'type') out = insertIntoControl(out, n, run(change.words));
    else if (change.kind === 'tracked') out = insertIntoControl(out, n, insertion(change.words, 'Mexique', 2000 + n));
  }
  return out;
}

const words = (text: string) => text.split(/[\s\u00a0]+/u).filter((each) => each !== '');

describe('a draft opened from a Word document (property)', () => {
  it('keeps the citation rule and every word of the document, whatever is done to its content controls', async () => {
    const allStates = fc.array(edit, { minLength: CONTROLS, maxLength: CONTROLS });
    await fc.assert(
      fc.asyncProperty(allStates, async (edits) => {
        // Every exported control quotes a paragraph that says "États": alter always finds it.
        const bytes = await editDocument(exported, (xml) => applyEdits(xml, edits));
        const opened = await readWordDraft(bytes, { index, checker, fileName: 'edited.docx' });
        expect(citationRuleBreaches(opened.content)).toEqual([]);
        const zip = await JSZip.loadAsync(bytes);
        const inWord = readWordRuns(await zip.file('word/document.xml')!.async('string'))
          .paragraphs.map((paragraph) => paragraph.pieces.map((piece) => piece.text).join(''))
          .join(' ');
        const inDraft = [opened.title, ...[...opened.content.preamble, ...opened.content.operative].map((paragraph) => paragraph.runs.map((each) => (each.type === 'citation' ? ' ' : each.text)).join(''))].join(' ');
        // A citation stands between the versions of an alternative as between any two texts.
        const have = new Set(words(inDraft));
        expect(words(inWord).filter((each) => !have.has(each))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, 10_000 + RUNS * 500);
});
