import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerDraftStructure } from '../../draftStructure';

export function DraftStructurePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerDraftStructure(editor), [editor]);
  return null;
}
