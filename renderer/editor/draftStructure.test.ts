import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, test } from 'vitest';
import { $getDraftSection, $initDraftStructure } from './draftStructure';
import { createHeadlessDraftEditor, emptyEditorState, readEditorState } from './editorStateFile';
import { $isDraftSectionNode } from './nodes/DraftSectionNode';
import { $projectDraftContent } from './projectDraftContent';

function update(editor: LexicalEditor, fn: () => void): void {
  editor.update(fn, { discrete: true });
}

const sectionsOf = (editor: LexicalEditor) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((node) => ($isDraftSectionNode(node) ? `${node.getSection()}:${node.getChildrenSize()}` : node.getType())),
  );

describe('draft structure', () => {
  test('deleting everything leaves the two parts, each with a paragraph to type in', () => {
    const editor = createHeadlessDraftEditor();
    update(editor, $initDraftStructure);
    update(editor, () => $getRoot().clear());
    expect(sectionsOf(editor)).toEqual(['preamble:1', 'operative:1']);
  });

  test('text that ends up outside the parts joins the part it is next to, in order, and is not lost', () => {
    const editor = createHeadlessDraftEditor();
    update(editor, $initDraftStructure);
    update(editor, () => {
      $getRoot().splice(0, 0, [$createParagraphNode().append($createTextNode('Avant tout.'))]);
      $getRoot().append($createParagraphNode().append($createTextNode('Après tout.')));
      $getDraftSection('preamble').getFirstChildOrThrow().replace($createParagraphNode().append($createTextNode('Rappelant.')));
    });
    expect(sectionsOf(editor)).toEqual(['preamble:2', 'operative:2']);
    const content = editor.getEditorState().read($projectDraftContent);
    const texts = (part: 'preamble' | 'operative') => content[part].map((p) => p.runs.map((run) => (run.type === 'text' ? run.text : '')).join(''));
    expect(texts('preamble')).toEqual(['Avant tout.', 'Rappelant.']);
    expect(texts('operative')).toEqual(['Après tout.']);
  });

  test('a saved draft without the two parts (an older or hand-made file) is read into them', () => {
    const flat = {
      root: {
        type: 'root',
        version: 1,
        children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'Décide.' }] }],
      },
    };
    const { serialized, content } = readEditorState(flat);
    expect(content.operative).toEqual([]);
    expect(content.preamble).toEqual([{ style: 'body', runs: [{ type: 'text', text: 'Décide.' }], negotiation: { label: { number: 1, addendum: 0 } } }]);
    expect(JSON.parse(serialized).root.children.map((section: { type: string }) => section.type)).toEqual(['draft-section', 'draft-section']);
  });

  test('a saved state the editor cannot read is refused before anything could save over it', () => {
    const unknownNode = { root: { type: 'root', version: 1, children: [{ type: 'mystery-widget', version: 1 }] } };
    expect(() => readEditorState(unknownNode)).toThrow(/mystery-widget/);
  });

  test('a new draft reads back as empty', () => {
    expect(readEditorState(emptyEditorState()).content).toEqual({ preamble: [], operative: [] });
  });

  test('headings, lists and formatting become paragraphs and runs', () => {
    const state = {
      root: {
        type: 'root',
        version: 1,
        children: [
          { type: 'draft-section', section: 'preamble', version: 1, children: [] },
          {
            type: 'draft-section',
            section: 'operative',
            version: 1,
            children: [
              { type: 'heading', tag: 'h2', version: 1, children: [{ type: 'text', version: 1, text: 'Coopération' }] },
              {
                type: 'paragraph',
                version: 1,
                children: [
                  { type: 'text', version: 1, text: 'Les États ' },
                  { type: 'text', version: 1, format: 1, text: 'devraient' },
                  { type: 'text', version: 1, text: ' coopérer.' },
                ],
              },
              {
                type: 'list',
                listType: 'number',
                tag: 'ol',
                start: 1,
                version: 1,
                children: [{ type: 'listitem', value: 1, version: 1, children: [{ type: 'text', version: 1, format: 2, text: 'Premier point' }] }],
              },
            ],
          },
        ],
      },
    };
    expect(readEditorState(state).content.operative).toEqual([
      { style: 'heading', runs: [{ type: 'text', text: 'Coopération' }] },
      {
        style: 'body',
        runs: [
          { type: 'text', text: 'Les États ' },
          { type: 'text', text: 'devraient', bold: true },
          { type: 'text', text: ' coopérer.' },
        ],
        // Headings and list items are not labelled: the one body paragraph is OP1.
        negotiation: { label: { number: 1, addendum: 0 } },
      },
      { style: 'body', list: { kind: 'number', level: 0 }, runs: [{ type: 'text', text: 'Premier point', italic: true }] },
    ]);
  });
});
