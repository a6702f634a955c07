import { $createListItemNode, $createListNode, $isListNode } from '@lexical/list';
import { $createParagraphNode, $createTextNode, $getRoot, $isTextNode, type ElementNode, type LexicalEditor, type NodeKey, type RangeSelection } from 'lexical';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { compendiumParagraph } from '../../host/corpus/testing/compendiumParagraph';
import { indexCorpus, type CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { Paragraph } from '../../shared/corpus/model';
import { $getDraftSection } from '../editor/draftStructure';
import { $createCitationNode } from '../editor/nodes/CitationNode';
import { $createPrecedentNode, type PrecedentSource } from '../editor/nodes/PrecedentNode';
import { resolvePrecedents } from '../editor/resolvePrecedents';
import { contentOf, draftEditor, update } from '../editor/testing/draftTestEditor';
import { $appendCitation, $insertCitationAtCaret, $replaceBlockWithPrecedent } from './draftEdits';

let index: CorpusIndex;
let i22: Paragraph;
let i23: Paragraph;

beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
  i22 = compendiumParagraph(index, 'A:I.22');
  i23 = compendiumParagraph(index, 'A:I.23');
});

function source(paragraph: Paragraph): PrecedentSource {
  const [found] = resolvePrecedents(index, [paragraph.id], 'fr').sources;
  if (!found) throw new Error(`No text to insert for ${paragraph.id}`);
  return found;
}

/** A draft whose operative part is `build`'s block; returns the editor and the key of that paragraph (a list's first item). */
function draftWith(build: () => ElementNode): { editor: LexicalEditor; key: NodeKey } {
  let key = '';
  const editor = draftEditor(() => {
    const block = build();
    $getDraftSection('operative').getFirstChildOrThrow().replace(block);
    key = $isListNode(block) ? block.getFirstChildOrThrow().getKey() : block.getKey();
  });
  return { editor, key };
}

describe('$replaceBlockWithPrecedent', () => {
  test('puts the agreed language and its citation in place of the typed words', () => {
    const { editor, key } = draftWith(() => $createParagraphNode().append($createTextNode('Les États parties devraient, le cas échéant, agir.')));
    expect(update(editor, () => $replaceBlockWithPrecedent(key, source(i22)))).toBe(true);
    expect(contentOf(editor).operative).toEqual([
      { style: 'body', runs: [{ type: 'precedent', paragraphId: i22.id, lang: 'fr', text: i22.text.fr, sourceText: i22.text.fr }, { type: 'citation', paragraphId: i22.id }] },
    ]);
  });

  test('keeps the list nested in a list item, and says when the paragraph is gone', () => {
    const { editor, key } = draftWith(() =>
      $createListNode('bullet').append($createListItemNode().append($createTextNode('premier point'), $createListNode('bullet').append($createListItemNode().append($createTextNode('sous-point'))))),
    );
    update(editor, () => $replaceBlockWithPrecedent(key, source(i22)));
    const texts = contentOf(editor).operative.map((paragraph) => paragraph.runs.map((run) => (run.type === 'citation' ? '[cite]' : run.text)).join(''));
    expect(texts).toEqual([`${i22.text.fr}[cite]`, 'sous-point']);
    update(editor, () => $getRoot().clear());
    expect(update(editor, () => $replaceBlockWithPrecedent(key, source(i22)))).toBe(false);
  });
});

describe('citations', () => {
  test('$appendCitation adds the citation at the end of the paragraph', () => {
    const { editor, key } = draftWith(() => $createParagraphNode().append($createTextNode('Texte du paragraphe.')));
    update(editor, () => $appendCitation(key, i23.id));
    expect(contentOf(editor).operative[0]?.runs).toEqual([{ type: 'text', text: 'Texte du paragraphe.' }, { type: 'citation', paragraphId: i23.id }]);
  });

  test('$insertCitationAtCaret: at the caret; past agreed language and its citation when the caret is inside; else at the end', () => {
    let caret: RangeSelection | null = null;
    const { editor } = draftWith(() => {
      const words = $createTextNode('Avant après');
      const block = $createParagraphNode().append(words);
      caret = words.select(5, 5);
      return block;
    });
    update(editor, () => $insertCitationAtCaret(caret, i23.id));
    expect(contentOf(editor).operative[0]?.runs.map((run) => run.type)).toEqual(['text', 'citation', 'text']);

    let inside: RangeSelection | null = null;
    const quoted = draftWith(() => {
      const precedent = $createPrecedentNode(source(i22));
      const block = $createParagraphNode().append(precedent, $createCitationNode(i22.id), $createTextNode(' fin'));
      const text = precedent.getFirstChildOrThrow();
      if ($isTextNode(text)) inside = text.select(10, 10);
      return block;
    });
    update(quoted.editor, () => $insertCitationAtCaret(inside, i23.id));
    expect(contentOf(quoted.editor).operative[0]?.runs.map((run) => (run.type === 'citation' ? run.paragraphId : run.type))).toEqual(['precedent', i22.id, i23.id, 'text']);

    update(quoted.editor, () => $insertCitationAtCaret(null, i23.id));
    expect(contentOf(quoted.editor).operative.at(-1)?.runs.at(-1)).toEqual({ type: 'citation', paragraphId: i23.id });
  });
});
