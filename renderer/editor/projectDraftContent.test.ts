import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createParagraphNode, $createTextNode, type LexicalEditor } from 'lexical';
import { describe, expect, test } from 'vitest';
import type { DraftParagraph } from '../../shared/draft/model';
import { $getDraftSection, $initDraftStructure } from './draftStructure';
import { createHeadlessDraftEditor } from './editorStateFile';
import { $projectDraftContent } from './projectDraftContent';

function draftWith(build: () => void): LexicalEditor {
  const editor = createHeadlessDraftEditor();
  editor.update($initDraftStructure, { discrete: true });
  editor.update(build, { discrete: true });
  return editor;
}

const paragraph = (text: string) => $createParagraphNode().append($createTextNode(text));
const item = (text: string) => $createListItemNode().append($createTextNode(text));

/** Each paragraph's text with its list marking, to compare whole parts at once. */
const summary = (paragraphs: DraftParagraph[]) =>
  paragraphs.map((p) => ({ text: p.runs.map((run) => (run.type === 'citation' ? '' : run.text)).join(''), list: p.list }));

describe('$projectDraftContent', () => {
  test('list items are marked with their list kind and nesting level; the paragraphs around them are not', () => {
    const editor = draftWith(() => {
      const nested = $createListNode('number').append(item('premier sous-point'), item('second sous-point'));
      const bullets = $createListNode('bullet').append(item('renforcer la coopération'), $createListItemNode().append(nested), item('échanger des informations'));
      $getDraftSection('operative').getFirstChildOrThrow().replace(paragraph('Recommande aux États :'));
      $getDraftSection('operative').append(bullets, paragraph('Décide de rester saisi de la question.'));
    });
    const content = editor.getEditorState().read($projectDraftContent);
    expect(summary(content.operative)).toEqual([
      { text: 'Recommande aux États :', list: undefined },
      { text: 'renforcer la coopération', list: { kind: 'bullet', level: 0 } },
      { text: 'premier sous-point', list: { kind: 'number', level: 1 } },
      { text: 'second sous-point', list: { kind: 'number', level: 1 } },
      { text: 'échanger des informations', list: { kind: 'bullet', level: 0 } },
      { text: 'Décide de rester saisi de la question.', list: undefined },
    ]);
    // A paragraph outside lists has no `list` field at all, only its label.
    expect(Object.keys(content.operative[0] ?? {})).toEqual(['style', 'runs', 'negotiation']);
  });

  test('a check list is exported as bullets, in the preamble as in the operative part', () => {
    const editor = draftWith(() => {
      $getDraftSection('preamble').getFirstChildOrThrow().replace($createListNode('check').append(item('Rappelant la Convention')));
    });
    expect(summary(editor.getEditorState().read($projectDraftContent).preamble)).toEqual([{ text: 'Rappelant la Convention', list: { kind: 'bullet', level: 0 } }]);
  });
});
