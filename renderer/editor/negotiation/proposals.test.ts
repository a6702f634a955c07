import { $createParagraphNode, $createRangeSelection, $createTextNode, $getRoot, $getSelection, $isElementNode, $isRangeSelection, $setSelection, type LexicalEditor, type TextNode } from 'lexical';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadBundledCorpus } from '../../../host/corpus/loadBundledCorpus';
import { compendiumParagraph } from '../../../host/corpus/testing/compendiumParagraph';
import { indexCorpus, type CorpusIndex } from '../../../shared/corpus/corpusIndex';
import type { Paragraph } from '../../../shared/corpus/model';
import { citationRuleBreaches } from '../../../shared/draft/citationRule';
import { negotiationViewText } from '../../../shared/negotiation/views';
import { $getDraftSection } from '../draftStructure';
import { readEditorState } from '../editorStateFile';
import { $createCitationNode } from '../nodes/CitationNode';
import { $createPrecedentNode } from '../nodes/PrecedentNode';
import { contentOf, draftEditor, update } from '../testing/draftTestEditor';
import { $updateNegotiationSetup } from './negotiationStates';
import { $insertTextKeepingProposals } from './overtyping';
import { $renumberParagraphs } from './paragraphLabels';
import { $proposeAlternative, $proposeOnSelection, $proposeParagraphAlternative, $setParagraphStatus, $settleProposal } from './proposals';

let index: CorpusIndex;
let i22: Paragraph;

beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
  i22 = compendiumParagraph(index, 'A:I.22');
});

const cite = (id: string) => id;

/** Three operative paragraphs; the second quotes I.22. The EU and Mexico are delegations. */
function negotiatingDraft(): LexicalEditor {
  const text = i22.text.fr ?? '';
  return draftEditor(() => {
    $updateNegotiationSetup((setup) => ({
      ...setup,
      delegations: [
        { id: 'eu', label: 'UE', name: 'Union européenne' },
        { id: 'mx', label: 'Mexique', name: 'Mexique' },
      ],
    }));
    const operative = $getDraftSection('operative');
    operative.clear();
    operative.append(
      $createParagraphNode().append($createTextNode('Les États parties devraient renforcer la coopération.')),
      $createParagraphNode().append(
        $createTextNode('Rappelle que '),
        $createPrecedentNode({ paragraphId: i22.id, lang: 'fr', sourceText: text }),
        $createCitationNode(i22.id),
      ),
      $createParagraphNode().append($createTextNode('Décide de rester saisi de la question.')),
    );
  });
}

/** Selects `words` inside the text node of paragraph `paragraph` (0-based) that holds them. */
function $selectWords(paragraph: number, words: string): ReturnType<typeof $createRangeSelection> {
  const block = $getDraftSection('operative').getChildAtIndex(paragraph);
  if (!$isElementNode(block)) throw new Error(`no paragraph ${paragraph}`);
  const node = block.getAllTextNodes().find((text: TextNode) => text.getTextContent().includes(words))!;
  const start = node.getTextContent().indexOf(words);
  const selection = $createRangeSelection();
  selection.anchor.set(node.getKey(), start, 'text');
  selection.focus.set(node.getKey(), start + words.length, 'text');
  $setSelection(selection);
  return selection;
}

function bracketed(editor: LexicalEditor): string[] {
  return negotiationViewText(contentOf(editor), 'fr', 'bracketed', cite).split('\n');
}

describe('proposals in the editor', () => {
  test('labels, a bracket of the EU, a nested bracket and a proposed deletion read back as the bracketed text', () => {
    const editor = negotiatingDraft();
    update(editor, () => $proposeOnSelection($selectWords(0, 'renforcer la coopération'), 'bracket', ['eu']));
    update(editor, () => $proposeOnSelection($selectWords(0, 'la coopération'), 'bracket', []));
    update(editor, () => $proposeOnSelection($selectWords(2, 'de la question'), 'deletion', ['mx']));
    expect(bracketed(editor)).toEqual([
      'OP1 Les États parties devraient [UE\u00a0: renforcer [la coopération]].',
      `OP2 Rappelle que ${i22.text.fr} (${i22.id})`,
      'OP3 Décide de rester saisi [Mexique, suppr.\u00a0: de la question].',
    ]);
  });

  test('bracketing part of agreed language cuts it into pieces that each keep their citation, inside and outside the bracket', () => {
    const editor = negotiatingDraft();
    const text = i22.text.fr ?? '';
    const words = text.split(' ').slice(3, 8).join(' ');
    update(editor, () => $proposeOnSelection($selectWords(1, words), 'bracket', ['eu']));
    const runs = contentOf(editor).operative[1]!.runs;
    expect(runs.map((run) => [run.type, run.marks?.length ?? 0])).toEqual([
      ['text', 0],
      ['precedent', 0],
      ['citation', 0],
      ['precedent', 1],
      ['citation', 1],
      ['precedent', 0],
      ['citation', 0],
    ]);
    expect(runs.filter((run) => run.type === 'precedent').map((run) => (run.type === 'precedent' ? run.text : '')).join('')).toBe(text);
    expect(citationRuleBreaches(contentOf(editor))).toEqual([]);
    // Settled in favour of the bracket, the pieces meet again as one quotation with one citation.
    const id = Object.keys(contentOf(editor).negotiation!.marks)[0]!;
    update(editor, () => $settleProposal(id, 'accept'));
    expect(contentOf(editor).operative[1]!.runs.map((run) => run.type)).toEqual(['text', 'precedent', 'citation']);
  });

  test('a span alternative of Mexico follows Alt 1, starts as a copy to rewrite, and can be chosen for the clean text', () => {
    const editor = negotiatingDraft();
    update(editor, () => {
      $proposeAlternative($selectWords(0, 'renforcer'), ['mx']);
      // The copy is selected: the delegate types over it.
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) throw new Error('the alternative is not selected');
      $insertTextKeepingProposals(selection, 'intensifier');
    });
    const content = contentOf(editor);
    expect(negotiationViewText(content, 'fr', 'bracketed', cite).split('\n')[0]).toBe(
      'OP1 Les États parties devraient [Alt 1\u00a0: renforcer][Alt 2 (Mexique)\u00a0: intensifier] la coopération.',
    );
    expect(negotiationViewText(content, 'fr', 'clean', cite).split('\n')[0]).toBe('1. Les États parties devraient renforcer la coopération.');
    const group = Object.values(content.negotiation!.marks).find((mark) => mark.kind === 'alternative')!;
    update(editor, () =>
      $updateNegotiationSetup((setup) => ({ ...setup, choices: { ...setup.choices, alternatives: { [group.kind === 'alternative' ? group.group : '']: 2 } } })),
    );
    expect(negotiationViewText(contentOf(editor), 'fr', 'clean', cite).split('\n')[0]).toBe('1. Les États parties devraient intensifier la coopération.');
  });

  test('a paragraph alternative shares the label, takes a status, and labels never shift when a paragraph is inserted', () => {
    const editor = negotiatingDraft();
    update(editor, () => {
      const selection = $selectWords(1, 'Rappelle');
      selection.focus.set(selection.anchor.key, selection.anchor.offset, 'text');
      $proposeParagraphAlternative(selection, ['mx']);
      $getRoot().getTextContent();
    });
    update(editor, () => {
      const added = $getDraftSection('operative').getChildAtIndex(2)!;
      (added as ReturnType<typeof $createParagraphNode>).append($createTextNode('Texte proposé par le Mexique.'));
      $setParagraphStatus($getDraftSection('operative').getChildAtIndex(0) as ReturnType<typeof $createParagraphNode>, 'agreedAdRef', '2026-06-02');
      // A paragraph inserted between OP1 and OP2 during negotiation.
      $getDraftSection('operative').getChildAtIndex(0)!.insertAfter($createParagraphNode().append($createTextNode('Nouveau.')));
    });
    expect(bracketed(editor).map((line) => line.slice(0, 40))).toEqual([
      'OP1 [convenu ad ref.] Les États parties ',
      'OP1 bis Nouveau.',
      'OP2 Alt 1 Rappelle que ' + (i22.text.fr ?? '').slice(0, 17),
      'OP2 Alt 2 (Mexique) Texte proposé par le',
      'OP3 Décide de rester saisi de la questio',
    ]);
    // Renumbered, alternatives keep sharing one number.
    update(editor, $renumberParagraphs);
    expect(bracketed(editor).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['OP1 [convenu', 'OP2 Nouveau.', 'OP3 Alt', 'OP3 Alt', 'OP4 Décide']);
  });

  test('proposals, labels and the setup survive saving and reading the draft again', () => {
    const editor = negotiatingDraft();
    update(editor, () => $proposeOnSelection($selectWords(0, 'renforcer'), 'insertion', ['eu']));
    const saved = JSON.stringify(editor.getEditorState().toJSON());
    const read = readEditorState(JSON.parse(saved));
    expect(read.content).toEqual(contentOf(editor));
    expect(negotiationViewText(read.content, 'fr', 'bracketed', cite).split('\n')[0]).toBe(
      'OP1 Les États parties devraient [UE, ajout\u00a0: renforcer] la coopération.',
    );
  });
});
