import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Lang } from '../../shared/corpus/model';
import { registerOvertyping } from '../editor/negotiation/overtyping';
import { NegotiationDecorationsPlugin } from './NegotiationDecorationsPlugin';
import { NegotiationToolbar } from './NegotiationToolbar';
import './negotiation.css';

/** The negotiating text in the draft's editor: its toolbar and shortcuts, and its marks drawn in the text. */
export function NegotiationPlugin({ lang }: { lang: Lang }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerOvertyping(editor), [editor]);
  return (
    <>
      <NegotiationToolbar />
      <NegotiationDecorationsPlugin lang={lang} />
    </>
  );
}
