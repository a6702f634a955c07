import { lazy, Suspense, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CorpusIndex } from '../../shared/corpus/corpusIndex';
import { useTranslation } from 'react-i18next';
import type { LexicalEditor } from 'lexical';
import type { Lang } from '../../shared/corpus/model';
import type { CitationStyle } from '../../shared/draft/model';
import { useHeldParagraphs, useParagraphCache, useParagraphs, useParagraphsInBackground } from '../app/corpus/ParagraphsContext';
import { draftParagraphIds } from '../../shared/draft/draftParagraphIds';
import { useSetting } from '../app/settings/SettingsContext';
import { DraftEditor } from '../editor/DraftEditor';
import { INSERT_PRECEDENT_COMMAND } from '../editor/plugins/PrecedentDropPlugin';
import type { LanguageSwitchReport } from '../editor/switchPrecedentLanguage';
import { getDeskHost } from '../host';
import { DraftViewPanel, DraftViewTabs, type DraftView } from '../negotiation/DraftViewTabs';
import { CONTENT_LANGUAGE_KEY, parseContentLanguage } from '../precedents/contentLanguage';
import { BrokenDraftNotice } from './BrokenDraftNotice';
import { DraftConflictNotice } from './DraftConflictNotice';
import { DraftHeader } from './DraftHeader';
import { DraftListBar } from './DraftListBar';
import { useDraftRegistry } from './DraftProvider';
import { ProvenanceSummary } from './ProvenanceSummary';
import { useCaretKeptInView } from './useCaretKeptInView';
import { useDraftSession, type DraftDefaults } from './useDraftSession';
import { OpenWordDraft } from './wordDraft/OpenWordDraft';
import type { SharedDraftProvider } from '../sync/SharedDraftProvider';
import { SharingBar } from '../sync/SharingBar';
import { useDraftSharing } from '../sync/useDraftSharing';
import { useSharedDraftSettings, type SharedSettings } from '../sync/useSharedDraftSettings';
import { SYNC_USER_NAME_KEY, useSharingActions } from '../sync/useSharingActions';
import { HostErrorMessage } from '../messages/HostErrorMessage';
import { useCommand } from '../keyboard/CommandsContext';
import './draftPane.css';

// Yjs and the sync client come with the first shared draft, not with the window.
const SharedDraftCollaboration = lazy(() => import('../sync/SharedDraftCollaboration').then((module) => ({ default: module.SharedDraftCollaboration })));

const parseCitationStyle = (raw: unknown): CitationStyle => (raw === 'footnote' ? 'footnote' : 'inline');
const parseOptionalId = (raw: unknown): string | null => (typeof raw === 'string' ? raw : null);
const parseName = (raw: unknown): string => (typeof raw === 'string' ? raw : '');

interface Props {
  /** Buttons of other features shown with the draft ("Export to Word", "Check"); they read it with useCurrentDraft(). */
  actions?: ReactNode;
  /** Lexical plugins of other features (live precedent check), mounted inside the draft's editor. */
  editorPlugins?: ReactNode;
}

interface DraftNotice {
  key: string;
  values: Record<string, string | number>;
}

export function DraftPane({ actions, editorPlugins }: Props) {
  const { t } = useTranslation('draft');
  const paragraphs = useParagraphCache();
  const index = useHeldParagraphs();
  const registry = useDraftRegistry();
  const [defaultStyle, setDefaultStyle] = useSetting('draft.citationStyle', parseCitationStyle);
  const [lastOpenId, setLastOpenId] = useSetting('draft.lastOpenId', parseOptionalId);
  // Kept as keys and values, so the notice follows a change of the interface language.
  const [notice, setNotice] = useState<DraftNotice[] | null>(null);
  const [view, setView] = useState<DraftView>('edit');
  const [editor, setEditor] = useState<LexicalEditor | null>(null);
  const [scrollArea, setScrollArea] = useState<HTMLDivElement | null>(null);
  const [inspectorSlot, setInspectorSlot] = useState<HTMLDivElement | null>(null);
  useCaretKeptInView(scrollArea, inspectorSlot);

  // A new draft is written in the language the delegate reads the precedents in.
  const [contentLang] = useSetting(CONTENT_LANGUAGE_KEY, parseContentLanguage);
  const defaults: DraftDefaults = {
    lang: contentLang,
    citationStyle: defaultStyle,
    untitled: t('list.untitled'),
    copyTitle: (title) => t('list.copyTitle', { title: title.trim() || t('list.untitled') }),
  };
  const { drafts, session, saveStatus, actions: draft } = useDraftSession(getDeskHost(), defaults, lastOpenId, setLastOpenId);

  const { read, updateMeta } = draft;
  const onEditor = useCallback(
    (editor: LexicalEditor | null) => {
      registry.setInserter(editor && ((ids) => editor.dispatchCommand(INSERT_PRECEDENT_COMMAND, ids)));
      registry.setOpenDraft(editor ? { read, setDocumentFields: (documentFields) => updateMeta({ documentFields }) } : null);
      setEditor(editor);
    },
    [registry, read, updateMeta],
  );
  const onUnknown = useCallback((ids: string[]) => setNotice([{ key: 'notice.unknown', values: { ids: ids.join(', ') } }]), []);
  const onSwitched = useCallback(
    (lang: Lang, report: LanguageSwitchReport) => {
      const parts = [
        ...(report.missing > 0 ? [{ key: `notice.missing.${lang}`, values: { count: report.missing } }] : []),
        ...(report.modified > 0 ? [{ key: 'notice.modifiedKept', values: { count: report.modified } }] : []),
      ];
      setNotice(parts.length > 0 ? parts : null);
    },
    [],
  );

  const open = session.status === 'open' ? session : null;
  // The paragraphs the draft quotes and cites come from the host: those it opens with before its
  // editor shows (HeldParagraphs), those that come later (pasted, a co-drafter's) as they appear.
  const openedIds = useMemo(() => (open ? draftParagraphIds(open.content) : NO_IDS), [open?.openCount]); // eslint-disable-line react-hooks/exhaustive-deps
  const draftIds = useMemo(() => (open ? draftParagraphIds(open.content) : NO_IDS), [open?.content]); // eslint-disable-line react-hooks/exhaustive-deps
  useParagraphsInBackground(draftIds);
  const loadParagraphs = useCallback(
    // Never fails: a paragraph the host could not give is reported as unknown where it was wanted.
    // Held already (the row was opened in the detail): at once, so the insertion is not deferred.
    (ids: readonly string[]): CorpusIndex | Promise<CorpusIndex> => (paragraphs.has(ids) ? paragraphs.index : paragraphs.load(ids).then(() => paragraphs.index, () => paragraphs.index)),
    [paragraphs],
  );
  const host = getDeskHost();
  const sharing = useDraftSharing(host, open?.meta.id ?? null);
  const [userName] = useSetting(SYNC_USER_NAME_KEY, parseName);
  const [provider, setProvider] = useState<SharedDraftProvider | null>(null);
  const sharingActions = useSharingActions({ host, draft: open ? open.meta : null, untitled: t('list.untitled'), flushDraft: draft.flush });
  const collaboration = useMemo(
    () =>
      open && sharing.kind === 'shared' ? (
        <Suspense fallback={null}>
          <SharedDraftCollaboration
            host={host}
            draftId={open.meta.id}
            sharing={sharing.sharing}
            localState={sharing.localState}
            initialState={open.initialState}
            userName={userName || t('sync:bar.anonymous')}
            onProvider={setProvider}
          />
        </Suspense>
      ) : undefined,
    // The binding is made once per opened draft (the editor is keyed by openCount).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [open?.openCount, sharing.kind],
  );
  // A language a co-drafter chose arrives with the text they switched: it is not switched again here.
  const remoteLang = useRef<Lang | null>(null);
  const switchedElsewhere = useCallback((lang: Lang) => remoteLang.current === lang, []);
  const onRemoteSettings = useCallback(
    (change: SharedSettings) => {
      if (change.lang) remoteLang.current = change.lang;
      draft.updateMeta(change);
    },
    [draft],
  );
  useSharedDraftSettings(provider, open?.meta ?? null, sharing.kind === 'shared' && sharing.sharing.seedFromDraft, onRemoteSettings);

  const chooseLanguage = (lang: Lang) => {
    remoteLang.current = null;
    setNotice(null);
    // Every precedent's text in the other language must be here before the switch swaps them.
    void Promise.resolve(loadParagraphs(open ? draftParagraphIds(open.content) : NO_IDS)).then(() => draft.updateMeta({ lang }));
  };
  useCommand('draft.new', () => void draft.create());
  useCommand('draft.switchLanguage', open ? () => chooseLanguage(open.meta.lang === 'fr' ? 'en' : 'fr') : null);

  return (
    <section className="draft-pane" aria-label={t('pane.label')}>
      <div className="draft-pane__scroll" ref={setScrollArea}>
        <DraftListBar
          drafts={drafts}
          currentId={open?.meta.id ?? (session.status === 'broken' ? session.id : null)}
          onOpen={(id) => void draft.open(id)}
          onCreate={() => void draft.create()}
          onDuplicate={() => void draft.duplicate()}
          onDelete={(id) => void draft.remove(id)}
        />
        <OpenWordDraft onOpen={draft.createFrom} />
        {session.status === 'loading' && <p role="status">{t('pane.loading')}</p>}
        {session.status === 'failed' && (
          <div role="alert">
            <HostErrorMessage lead={t('pane.failed')} error={session.error} />
          </div>
        )}
        {session.status === 'broken' && (
          <BrokenDraftNotice
            error={session.error}
            newerVersion={session.newerVersion}
            setAsideAs={session.setAsideAs}
            backups={session.backups}
            onOpenBackup={(backup) => void draft.openBackup(session.id, backup)}
            onCreate={() => void draft.create()}
          />
        )}
        {open && (
          <>
            <DraftHeader
              meta={open.meta}
              saveStatus={saveStatus}
              actions={actions}
              onChange={({ lang, ...change }) => {
                if (change.citationStyle) setDefaultStyle(change.citationStyle);
                if (lang) chooseLanguage(lang);
                draft.updateMeta(change);
              }}
            />
            <SharingBar sharing={sharing} provider={provider} defaultName={userName} actions={sharingActions} />
            {saveStatus.state === 'conflict' && (
              <DraftConflictNotice
                conflict={saveStatus.conflict}
                lang={open.meta.lang}
                onCompare={draft.compareConflict}
                onKeepMine={() => void draft.keepMine()}
                onKeepTheirs={() => void draft.keepTheirs()}
              />
            )}
            {notice && (
              <p className="draft-pane__notice" role="status">
                {notice.map((part) => t(part.key, part.values)).join(' ')}
              </p>
            )}
            <DraftViewTabs value={view} onChange={setView} />
            {view !== 'edit' && (
              <DraftViewPanel
                view={view}
                content={open.content}
                rounds={open.meta.rounds}
                index={index}
                lang={open.meta.lang}
                editor={editor}
                onRounds={(rounds) => draft.updateMeta({ rounds })}
              />
            )}
            <Suspense fallback={<p role="status">{t('pane.loading')}</p>}>
              <HeldParagraphs ids={openedIds}>
                {/* Hidden, not unmounted, while another view shows: the editor keeps its caret and its undo history. */}
                <div className="draft-pane__editing" hidden={view !== 'edit'}>
                  {sharing.kind !== 'loading' && (
                  <DraftEditor
                    key={open.openCount}
                    initialState={open.initialState}
                    index={index}
                    loadParagraphs={loadParagraphs}
                    lang={open.meta.lang}
                    citationStyle={open.meta.citationStyle}
                    onChange={draft.editorChanged}
                    onEditor={onEditor}
                    onUnknownPrecedents={onUnknown}
                    onLanguageSwitched={onSwitched}
                    switchedElsewhere={switchedElsewhere}
                    collaboration={collaboration}
                    inspectorContainer={inspectorSlot}
                  >
                    {editorPlugins}
                  </DraftEditor>
                  )}
                </div>
                <ProvenanceSummary content={open.content} index={index} lang={open.meta.lang} />
              </HeldParagraphs>
            </Suspense>
          </>
        )}
      </div>
      {/* Below the text, not over it: the agreed language at the caret and its changes never hide the caret. */}
      <div className="draft-pane__inspector" ref={setInspectorSlot} />
    </section>
  );
}

const NO_IDS: readonly string[] = [];

/** Shows its children once the host has given these paragraphs (suspends until then). */
function HeldParagraphs({ ids, children }: { ids: readonly string[]; children: ReactNode }) {
  useParagraphs(ids);
  return children;
}
