import { $createParagraphNode, $createTextNode, $getSelection, $isRangeSelection, $isTextNode, type LexicalEditor, type RangeSelection } from 'lexical';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { compendiumParagraph } from '../../host/corpus/testing/compendiumParagraph';
import { indexCorpus, type CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { Paragraph } from '../../shared/corpus/model';
import { $getDraftSection } from './draftStructure';
import { $isPrecedentNode } from './nodes/PrecedentNode';
import { resolvePrecedents } from './resolvePrecedents';
import { $quote, contentOf, draftEditor, update } from './testing/draftTestEditor';

let index: CorpusIndex;
let i22: Paragraph;
let i23: Paragraph;

beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
  i22 = compendiumParagraph(index, 'A:I.22');
  i23 = compendiumParagraph(index, 'A:I.23');
});

function insert(editor: LexicalEditor, ids: string[], caret: () => RangeSelection | null = () => null): void {
  update(editor, () => $quote(index, ids, caret()));
}

/** An operative paragraph of typed text, with the caret `offset` characters into it. */
function typedParagraph(text: string, offset: number): () => RangeSelection {
  return () => {
    const words = $createTextNode(text);
    $getDraftSection('operative').getFirstChildOrThrow().replace($createParagraphNode().append(words));
    return words.select(offset, offset);
  };
}

describe('$insertPrecedents', () => {
  test('into an empty draft: the precedent text then its citation fill the first operative paragraph', () => {
    const editor = draftEditor();
    insert(editor, [i22.id]);
    expect(contentOf(editor)).toEqual({
      preamble: [],
      operative: [
        {
          style: 'body',
          runs: [
            { type: 'precedent', paragraphId: i22.id, lang: 'fr', text: i22.text.fr, sourceText: i22.text.fr },
            { type: 'citation', paragraphId: i22.id },
          ],
          negotiation: { label: { number: 1, addendum: 0 } },
        },
      ],
    });
  });

  test('several rows: each precedent in its own paragraph, in the order given, each with its citation', () => {
    const editor = draftEditor();
    insert(editor, [i22.id, i23.id]);
    const operative = contentOf(editor).operative;
    expect(operative.map((paragraph) => paragraph.runs.map((run) => (run.type === 'text' ? run.text : `${run.type}:${run.paragraphId}`)))).toEqual([
      [`precedent:${i22.id}`, `citation:${i22.id}`],
      [`precedent:${i23.id}`, `citation:${i23.id}`],
    ]);
  });

  test('inside a paragraph: inline at the caret, the typed words around it untouched', () => {
    const editor = draftEditor();
    insert(editor, [i22.id], typedParagraph('Rappelant que et notant', 'Rappelant que '.length));
    const [paragraph] = contentOf(editor).operative;
    expect(paragraph?.runs.map((run) => (run.type === 'text' ? run.text : run.type))).toEqual(['Rappelant que ', 'precedent', 'citation', 'et notant']);
  });

  test('at the end of a paragraph: a new paragraph after it; at its start: a new paragraph before it', () => {
    const atEnd = draftEditor();
    insert(atEnd, [i22.id], typedParagraph('Texte du délégué.', 'Texte du délégué.'.length));
    expect(contentOf(atEnd).operative.map((p) => p.runs[0]?.type)).toEqual(['text', 'precedent']);

    const atStart = draftEditor();
    insert(atStart, [i22.id], typedParagraph('Texte du délégué.', 0));
    expect(contentOf(atStart).operative.map((p) => p.runs[0]?.type)).toEqual(['precedent', 'text']);
  });

  test('a caret in the preamble puts the precedent in the preamble', () => {
    const editor = draftEditor();
    insert(editor, [i22.id], () => $getDraftSection('preamble').getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>().selectStart());
    const content = contentOf(editor);
    expect(content.operative).toEqual([]);
    expect(content.preamble[0]?.runs.map((run) => run.type)).toEqual(['precedent', 'citation']);
  });

  test('a caret inside agreed language never splits it: the new precedent goes after it and its citation', () => {
    const editor = draftEditor();
    insert(editor, [i22.id]);
    insert(editor, [i23.id], () => {
      const precedent = $getDraftSection('operative').getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>().getFirstChildOrThrow();
      if (!$isPrecedentNode(precedent)) throw new Error('expected the precedent first');
      const text = precedent.getFirstDescendant();
      return $isTextNode(text) ? text.select(10, 10) : null;
    });
    const operative = contentOf(editor).operative;
    expect(operative).toHaveLength(2);
    expect(operative[0]?.runs).toEqual([
      { type: 'precedent', paragraphId: i22.id, lang: 'fr', text: i22.text.fr, sourceText: i22.text.fr },
      { type: 'citation', paragraphId: i22.id },
    ]);
    expect(operative[1]?.runs[0]).toMatchObject({ type: 'precedent', paragraphId: i23.id });
  });

  test('successive insertions from the keyboard follow each other', () => {
    const editor = draftEditor();
    const caret = () => {
      const selection = $getSelection();
      return $isRangeSelection(selection) ? selection : null;
    };
    insert(editor, [i22.id], caret);
    insert(editor, [i23.id], caret);
    expect(contentOf(editor).operative.map((p) => p.runs[0]?.type === 'precedent' && p.runs[0].paragraphId)).toEqual([i22.id, i23.id]);
  });

  test('a recommendation with sub-items comes whole, items on their own lines, cited once', () => {
    const parent = index.corpus.paragraphs.find((p) => p.adopted && p.childIds.length >= 2 && p.text.fr);
    if (!parent) throw new Error('the corpus has recommendations with sub-items');
    const [firstItemId] = parent.childIds;
    const firstItem = index.paragraphs.get(firstItemId ?? '');
    const editor = draftEditor();
    // The sub-item selected along with its parent is covered by it.
    insert(editor, [parent.id, firstItemId ?? '']);
    const runs = contentOf(editor).operative.flatMap((p) => p.runs);
    expect(runs.map((run) => run.type)).toEqual(['precedent', 'citation']);
    const [precedent, citation] = runs;
    expect(citation).toEqual({ type: 'citation', paragraphId: parent.id });
    if (precedent?.type !== 'precedent') throw new Error('expected a precedent run');
    expect(precedent.text.startsWith(`${parent.text.fr}\n`)).toBe(true);
    expect(precedent.text).toContain(`\n${firstItem?.locator.items.at(-1)}) ${firstItem?.text.fr}`);
    expect(precedent.text.split('\n')).toHaveLength(parent.childIds.length + 1);
    expect(precedent.text).toBe(precedent.sourceText);
  });

  test('unknown ids are reported, not inserted', () => {
    expect(resolvePrecedents(index, ['CTOC/COP/WG.7/2099/1#1', i22.id], 'fr')).toEqual({
      sources: [{ paragraphId: i22.id, lang: 'fr', sourceText: i22.text.fr }],
      unknown: ['CTOC/COP/WG.7/2099/1#1'],
    });
  });
});
