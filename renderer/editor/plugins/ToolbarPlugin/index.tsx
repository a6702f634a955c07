import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalNode,
} from 'lexical';

type Block = 'paragraph' | 'heading' | 'bullet' | 'number';

interface ToolbarState {
  bold: boolean;
  italic: boolean;
  block: Block;
}

function $readToolbarState(): ToolbarState | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const list = $findMatchingParent(anchor, $isListNode);
  const block = $findMatchingParent(anchor, (node: LexicalNode) => $isElementNode(node) && !node.isInline());
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    block: list ? (list.getListType() === 'number' ? 'number' : 'bullet') : $isHeadingNode(block) ? 'heading' : 'paragraph',
  };
}

/** The usual formatting; every button has its keyboard shortcut in Lexical (Ctrl+B, Ctrl+I, Ctrl+Z, ...). */
export function ToolbarPlugin() {
  const { t } = useTranslation('draft');
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>({ bold: false, italic: false, block: 'paragraph' });
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($readToolbarState);
          if (next) setState(next);
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (value) => (setCanUndo(value), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (value) => (setCanRedo(value), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );

  const setBlock = useCallback(
    (block: Block) => {
      if (block === 'bullet' || block === 'number') {
        editor.dispatchCommand(state.block === block ? REMOVE_LIST_COMMAND : block === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
        return;
      }
      editor.update(() => {
        const toHeading = block === 'heading' && state.block !== 'heading';
        $setBlocksType($getSelection(), () => (toHeading ? $createHeadingNode('h2') : $createParagraphNode()));
      });
    },
    [editor, state.block],
  );

  return (
    <div className="draft-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <button type="button" disabled={!canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)} title={t('toolbar.undoShortcut')}>
        {t('toolbar.undo')}
      </button>
      <button type="button" disabled={!canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)} title={t('toolbar.redoShortcut')}>
        {t('toolbar.redo')}
      </button>
      <span className="draft-toolbar__separator" aria-hidden="true" />
      <button type="button" aria-pressed={state.bold} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')} title={t('toolbar.boldShortcut')}>
        <strong>{t('toolbar.bold')}</strong>
      </button>
      <button type="button" aria-pressed={state.italic} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')} title={t('toolbar.italicShortcut')}>
        <em>{t('toolbar.italic')}</em>
      </button>
      <span className="draft-toolbar__separator" aria-hidden="true" />
      <button type="button" aria-pressed={state.block === 'heading'} onClick={() => setBlock('heading')}>
        {t('toolbar.heading')}
      </button>
      <button type="button" aria-pressed={state.block === 'bullet'} onClick={() => setBlock('bullet')}>
        {t('toolbar.bulletList')}
      </button>
      <button type="button" aria-pressed={state.block === 'number'} onClick={() => setBlock('number')}>
        {t('toolbar.numberedList')}
      </button>
    </div>
  );
}
