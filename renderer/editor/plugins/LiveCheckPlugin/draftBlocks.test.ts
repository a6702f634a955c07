import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createLineBreakNode, $createParagraphNode, $createTextNode } from 'lexical';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadBundledCorpus } from '../../../../host/corpus/loadBundledCorpus';
import { compendiumParagraph } from '../../../../host/corpus/testing/compendiumParagraph';
import { indexCorpus } from '../../../../shared/corpus/corpusIndex';
import type { Paragraph } from '../../../../shared/corpus/model';
import { $getDraftSection } from '../../draftStructure';
import { $createCitationNode } from '../../nodes/CitationNode';
import { $createPrecedentNode } from '../../nodes/PrecedentNode';
import { draftEditor } from '../../testing/draftTestEditor';
import { $readDraftBlocks } from './draftBlocks';

let i22: Paragraph;

beforeAll(async () => {
  i22 = compendiumParagraph(indexCorpus(await loadBundledCorpus()), 'A:I.22');
});

const INVENTED = 'Les délégations organisent chaque printemps un concours de poésie consacré aux phares.';

describe('$readDraftBlocks', () => {
  test('reads each paragraph, heading and list item with its text, citations left out, and where each text node sits', () => {
    const text = i22.text.fr ?? '';
    const editor = draftEditor(() => {
      const operative = $getDraftSection('operative');
      const quoted = $createParagraphNode().append($createTextNode('Souligne que '), $createPrecedentNode({ paragraphId: i22.id, lang: 'fr', sourceText: text }), $createCitationNode(i22.id));
      const list = $createListNode('bullet').append($createListItemNode().append($createTextNode('premier point'), $createLineBreakNode(), $createTextNode('suite')));
      operative.getFirstChildOrThrow().replace($createHeadingNode('h2').append($createTextNode('Protection')));
      operative.append(quoted, $createParagraphNode().append($createTextNode('   ')), list);
      $getDraftSection('preamble').getFirstChildOrThrow().replace($createParagraphNode().append($createTextNode(INVENTED)));
    });
    const blocks = editor.getEditorState().read($readDraftBlocks);
    expect(blocks.map((block) => [block.section, block.heading, block.text])).toEqual([
      ['preamble', false, INVENTED],
      ['operative', true, 'Protection'],
      ['operative', false, `Souligne que ${text}`],
      ['operative', false, 'premier point\nsuite'],
    ]);
    const quoted = blocks[2];
    expect(quoted?.segments.map((segment) => quoted.text.slice(segment.start, segment.end))).toEqual(['Souligne que ', text]);
    expect(blocks[3]?.segments.map((segment) => [segment.start, segment.end])).toEqual([[0, 13], [14, 19]]);
  });
});

