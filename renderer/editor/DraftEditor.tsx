import { memo, useMemo, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { EditorState, LexicalEditor } from 'lexical';
import type { CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { Lang } from '../../shared/corpus/model';
import type { CitationStyle } from '../../shared/draft/model';
import { CitationDisplayProvider } from './CitationDisplayProvider';
import { draftTheme } from './draftTheme';
import { DRAFT_EDITOR_NAMESPACE, editorNodes } from './editorNodes';
import { FootnotesList } from './FootnotesList';
import { ChangedWordsPlugin } from './plugins/ChangedWordsPlugin';
import { CitationUnitPlugin } from './plugins/CitationUnitPlugin';
import { DraftLanguagePlugin } from './plugins/DraftLanguagePlugin';
import { DraftStructurePlugin } from './plugins/DraftStructurePlugin';
import { EditorRegistrationPlugin } from './plugins/EditorRegistrationPlugin';
import { EmptyDraftHintPlugin } from './plugins/EmptyDraftHintPlugin';
import { InsertionFeedbackPlugin } from './plugins/InsertionFeedbackPlugin';
import { PrecedentDropPlugin } from './plugins/PrecedentDropPlugin';
import { PrecedentInspectorPlugin } from './plugins/PrecedentInspectorPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { NegotiationPlugin } from '../negotiation/NegotiationPlugin';
import type { LanguageSwitchReport } from './switchPrecedentLanguage';
import './draftEditor.css';

export interface DraftEditorProps {
  /** The saved editor state (Lexical JSON), already checked with readEditorState. */
  initialState: string;
  /** The paragraphs held (the draft's citations and what was inserted): the window never holds the whole library. */
  index: CorpusIndex;
  /** Brings paragraphs from the host before they are inserted: an index holding them. */
  loadParagraphs: (paragraphIds: readonly string[]) => CorpusIndex | Promise<CorpusIndex>;
  lang: Lang;
  citationStyle: CitationStyle;
  onChange: (editorState: EditorState) => void;
  onEditor: (editor: LexicalEditor | null) => void;
  onUnknownPrecedents: (paragraphIds: string[]) => void;
  onLanguageSwitched: (lang: Lang, report: LanguageSwitchReport) => void;
  /** A shared draft whose language a co-drafter changed: their desk switched the precedents, and the text arrives switched. */
  switchedElsewhere?: (lang: Lang) => boolean;
  /** More plugins from other features (live precedent check), mounted inside the composer. */
  children?: ReactNode;
  /**
   * A shared draft's binding to its Yjs document (renderer/sync). The document then gives the
   * content, the binding the undo history (each user undoes their own edits), and it starts the
   * draft's rules once the content is there.
   */
  collaboration?: ReactNode;
  /** Where the agreed-language inspector shows, outside the scrolling text. */
  inspectorContainer: HTMLElement | null;
}

/**
 * One draft's editor. Mounted once per opened draft, so its initial state is read once. Memoised:
 * the pane re-renders on every keystroke (provenance, save status), the editor need not.
 */
export const DraftEditor = memo(function DraftEditor(props: DraftEditorProps) {
  const { t } = useTranslation('draft');
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: DRAFT_EDITOR_NAMESPACE,
      nodes: [...editorNodes],
      theme: draftTheme,
      // A shared draft's content comes from its Yjs document, never from the initial state.
      editorState: props.collaboration ? null : props.initialState,
      onError: (error) => {
        throw error;
      },
    }),
    // The initial state is only read when the editor is created.
    [],
  );
  // Section labels live in CSS (generated content) so the document itself holds only the delegate's text.
  const labels = {
    '--draft-preamble-label': JSON.stringify(t('sections.preamble')),
    '--draft-operative-label': JSON.stringify(t('sections.operative')),
    '--draft-missing-version-label': JSON.stringify(t(`precedent.noVersion.${props.lang}`)),
  } as CSSProperties;

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ToolbarPlugin />
      <NegotiationPlugin lang={props.lang} />
      <CitationDisplayProvider index={props.index} lang={props.lang} style={props.citationStyle}>
        <div className="draft-editor" style={labels}>
          <EmptyDraftHintPlugin />
          <RichTextPlugin
            contentEditable={<ContentEditable className="draft-editor__input" lang={props.lang} spellCheck aria-label={t('editor.label')} />}
            ErrorBoundary={LexicalErrorBoundary}
          />
          <FootnotesList />
        </div>
        <PrecedentInspectorPlugin container={props.inspectorContainer} />
      </CitationDisplayProvider>
      {props.collaboration ?? (
        <>
          <HistoryPlugin />
          <DraftStructurePlugin />
        </>
      )}
      <ListPlugin />
      <CitationUnitPlugin />
      <ChangedWordsPlugin />
      <InsertionFeedbackPlugin />
      <PrecedentDropPlugin load={props.loadParagraphs} lang={props.lang} onUnknown={props.onUnknownPrecedents} />
      <DraftLanguagePlugin index={props.index} lang={props.lang} onSwitched={props.onLanguageSwitched} switchedElsewhere={props.switchedElsewhere} />
      <OnChangePlugin ignoreSelectionChange onChange={props.onChange} />
      <EditorRegistrationPlugin onEditor={props.onEditor} />
      {props.children}
    </LexicalComposer>
  );
});
