import { useCallback } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCorpus } from '../app/corpus/CorpusContext';
import { useSetting } from '../app/settings/SettingsContext';
import { LiveCheckPlugin } from '../editor/plugins/LiveCheckPlugin';
import { useCheckControls } from './CheckContext';
import { DraftCheckPlugin } from './DraftCheckPlugin';
import { checkDraftText, draftLanguage } from './draftReading';
import { LIVE_HIGHLIGHTING_KEY, parseLiveHighlighting } from './liveHighlightingSetting';
import { checkerFor } from './usePrecedentChecker';

/** The check's plugins, mounted inside the draft's editor (DraftPane's `editorPlugins`). */
export function CheckEditorPlugins() {
  const [editor] = useLexicalComposerContext();
  const controls = useCheckControls();
  const index = useCorpus();
  const [live] = useSetting(LIVE_HIGHLIGHTING_KEY, parseLiveHighlighting);
  // Stable per corpus: a new corpus (after an import) starts the highlighting over. The checker is
  // built on the first check, not when the draft opens.
  const check = useCallback((text: string) => checkDraftText(checkerFor(index), text, draftLanguage(editor)), [index, editor]);
  return (
    <>
      <DraftCheckPlugin onEditor={controls.setDraftEditor} />
      <LiveCheckPlugin check={live ? check : null} />
    </>
  );
}
