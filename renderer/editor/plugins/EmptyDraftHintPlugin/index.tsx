import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';

const $isEmptyDraft = () => $getRoot().getTextContent().trim() === '';

/**
 * Says what to do with an empty draft: drag a precedent in, or insert it from the table with
 * Ctrl+Enter, or type. Gone with the first word. (Lexical's placeholder shows only in a root with
 * one empty paragraph; the draft always has its two parts.)
 */
export function EmptyDraftHintPlugin() {
  const { t } = useTranslation('draft');
  const [editor] = useLexicalComposerContext();
  const [empty, setEmpty] = useState(() => editor.getEditorState().read($isEmptyDraft));
  useEffect(() => editor.registerUpdateListener(({ editorState }) => setEmpty(editorState.read($isEmptyDraft))), [editor]);
  if (!empty) return null;
  return (
    <p className="draft-editor__hint">
      {t('editor.emptyHint')}
    </p>
  );
}
