import { useCallback } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useSetting } from '../app/settings/SettingsContext';
import { LiveCheckPlugin } from '../editor/plugins/LiveCheckPlugin';
import { useCheckControls } from './CheckContext';
import { DraftCheckPlugin } from './DraftCheckPlugin';
import { checkDraftText, draftLanguage } from './draftReading';
import { LIVE_HIGHLIGHTING_KEY, parseLiveHighlighting } from './liveHighlightingSetting';
import { usePrecedentChecker } from './usePrecedentChecker';

/** The check's plugins, mounted inside the draft's editor (DraftPane's `editorPlugins`). */
export function CheckEditorPlugins() {
  const [editor] = useLexicalComposerContext();
  const controls = useCheckControls();
  const checker = usePrecedentChecker();
  const [live] = useSetting(LIVE_HIGHLIGHTING_KEY, parseLiveHighlighting);
  // Stable per checker: a new corpus (after an import) starts the highlighting over.
  const check = useCallback((text: string) => checkDraftText(checker, text, draftLanguage(editor)), [checker, editor]);
  return (
    <>
      <DraftCheckPlugin onEditor={controls.setDraftEditor} />
      <LiveCheckPlugin check={live ? check : null} />
    </>
  );
}
