import { useCallback } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCatalog } from '../app/corpus/CatalogContext';
import { useSetting } from '../app/settings/SettingsContext';
import { LiveCheckPlugin } from '../editor/plugins/LiveCheckPlugin';
import { getDeskHost } from '../host';
import { useCheckControls } from './CheckContext';
import { DraftCheckPlugin } from './DraftCheckPlugin';
import { draftLanguage } from './draftReading';
import { LIVE_HIGHLIGHTING_KEY, parseLiveHighlighting } from './liveHighlightingSetting';

/** The check's plugins, mounted inside the draft's editor (DraftPane's `editorPlugins`). */
export function CheckEditorPlugins() {
  const [editor] = useLexicalComposerContext();
  const controls = useCheckControls();
  const catalog = useCatalog();
  const [live] = useSetting(LIVE_HIGHLIGHTING_KEY, parseLiveHighlighting);
  // The check runs in the host. Stable per state of the library: a new catalog (after an import)
  // starts the highlighting over.
  const check = useCallback((texts: string[]) => getDeskHost().checkDraftParagraphs({ texts, lang: draftLanguage(editor) }), [catalog, editor]);
  return (
    <>
      <DraftCheckPlugin onEditor={controls.setDraftEditor} />
      <LiveCheckPlugin check={live ? check : null} />
    </>
  );
}
