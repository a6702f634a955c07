import { $createListItemNode, $createListNode, $isListNode } from '@lexical/list';
import { $createParagraphNode, $createTextNode, $getRoot, type ElementNode, type LexicalEditor, type NodeKey } from 'lexical';
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
import { $citeBlockAs, $replaceBlockWithPrecedent } from './draftEdits';

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
      { style: 'body', runs: [{ type: 'precedent', paragraphId: i22.id, lang: 'fr', text: i22.text.fr, sourceText: i22.text.fr }, { type: 'citation', paragraphId: i22.id }], negotiation: { label: { number: 1, addendum: 0 } } },
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

describe('$citeBlockAs', () => {
  test('the paragraph’s words become agreed language of the source, as typed, followed by its citation', () => {
    const typed = 'Les États parties voudront peut-être envisager de faire intervenir leurs représentations.';
    const { editor, key } = draftWith(() => $createParagraphNode().append($createTextNode(typed)));
    expect(update(editor, () => $citeBlockAs(key, source(i22)))).toBe(true);
    expect(contentOf(editor).operative[0]?.runs).toEqual([
      { type: 'precedent', paragraphId: i22.id, lang: 'fr', text: typed, sourceText: i22.text.fr },
      { type: 'citation', paragraphId: i22.id },
    ]);
  });

  test('agreed language already in the paragraph keeps its own source and citation beside the new one', () => {
    const { editor, key } = draftWith(() =>
      $createParagraphNode().append($createTextNode('Rappelant '), $createPrecedentNode(source(i23)), $createCitationNode(i23.id), $createTextNode(' et la suite.')),
    );
    update(editor, () => $citeBlockAs(key, source(i22)));
    const runs = contentOf(editor).operative[0]?.runs ?? [];
    expect(runs.map((run) => (run.type === 'text' ? run.text : `${run.type}:${run.paragraphId}${run.type === 'precedent' ? `:${run.text}` : ''}`))).toEqual([
      `precedent:${i22.id}:Rappelant `,
      `citation:${i22.id}`,
      `precedent:${i23.id}:${i23.text.fr}`,
      `citation:${i23.id}`,
      `precedent:${i22.id}: et la suite.`,
      `citation:${i22.id}`,
    ]);
    update(editor, () => $getRoot().clear());
    expect(update(editor, () => $citeBlockAs(key, source(i22)))).toBe(false);
  });
});
