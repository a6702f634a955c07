import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { supportsCustomHighlights } from '../../textRanges';
import { startChangedWordMarks } from './changedWordMarks';

/** Modified agreed language shows only its changed words (see changedWordMarks.ts). */
export function ChangedWordsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => (supportsCustomHighlights() ? startChangedWordMarks(editor) : undefined), [editor]);
  return null;
}
