import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LexicalEditor } from 'lexical';
import type { Lang } from '../../shared/corpus/model';
import type { CitationStyle } from '../../shared/draft/model';
import { useCorpus } from '../app/corpus/CorpusContext';
import { useSetting } from '../app/settings/SettingsContext';
import { DraftEditor } from '../editor/DraftEditor';
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
import { useDraftSession, type DraftDefaults } from './useDraftSession';
import './draftPane.css';

const parseCitationStyle = (raw: unknown): CitationStyle => (raw === 'footnote' ? 'footnote' : 'inline');
const parseOptionalId = (raw: unknown): string | null => (typeof raw === 'string' ? raw : null);

interface Props {
  /** Buttons of other features shown with the draft ("Export to Word", "Check"); they read it with useCurrentDraft(). */
  actions?: ReactNode;
  /** Lexical plugins of other features (live precedent check), mounted inside the draft's editor. */
  editorPlugins?: ReactNode;
}

export function DraftPane({ actions, editorPlugins }: Props) {
  const { t } = useTranslation('draft');
  const index = useCorpus();
  const registry = useDraftRegistry();
  const [defaultStyle, setDefaultStyle] = useSetting('draft.citationStyle', parseCitationStyle);
  const [lastOpenId, setLastOpenId] = useSetting('draft.lastOpenId', parseOptionalId);
  const [notice, setNotice] = useState<string | null>(null);
  const [view, setView] = useState<DraftView>('edit');
  const [editor, setEditor] = useState<LexicalEditor | null>(null);

  // A new draft is written in the language the delegate reads the precedents in.
  const [contentLang] = useSetting(CONTENT_LANGUAGE_KEY, parseContentLanguage);
  const defaults: DraftDefaults = {
    lang: contentLang,
    citationStyle: defaultStyle,
    untitled: t('list.untitled'),
    copyTitle: (title) => t('list.copyTitle', { title: title.trim() || t('list.untitled') }),
  };
  const { drafts, session, saveStatus, actions: draft } = useDraftSession(getDeskHost(), defaults, lastOpenId, setLastOpenId);

  const onEditor = useCallback(
    (editor: LexicalEditor | null) => {
      registry.setEditor(editor);
      registry.setReader(editor ? draft.read : null);
      setEditor(editor);
    },
    [registry, draft.read],
  );
  const onUnknown = useCallback((ids: string[]) => setNotice(t('notice.unknown', { ids: ids.join(', ') })), [t]);
  const onSwitched = useCallback(
    (lang: Lang, report: LanguageSwitchReport) => {
      const parts = [
        report.missing > 0 ? t(`notice.missing.${lang}`, { count: report.missing }) : '',
        report.modified > 0 ? t('notice.modifiedKept', { count: report.modified }) : '',
      ].filter(Boolean);
      setNotice(parts.length > 0 ? parts.join(' ') : null);
    },
    [t],
  );

  const open = session.status === 'open' ? session : null;
  return (
    <section className="draft-pane" aria-label={t('pane.label')}>
      <DraftListBar
        drafts={drafts}
        currentId={open?.meta.id ?? (session.status === 'broken' ? session.id : null)}
        onOpen={(id) => void draft.open(id)}
        onCreate={() => void draft.create()}
        onDuplicate={() => void draft.duplicate()}
        onDelete={(id) => void draft.remove(id)}
      />
      {session.status === 'loading' && <p role="status">{t('pane.loading')}</p>}
      {session.status === 'failed' && <p role="alert">{t('pane.failed', { error: session.error })}</p>}
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
            onChange={(change) => {
              if (change.citationStyle) setDefaultStyle(change.citationStyle);
              if (change.lang) setNotice(null);
              draft.updateMeta(change);
            }}
          />
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
              {notice}
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
          {/* Hidden, not unmounted, while another view shows: the editor keeps its caret and its undo history. */}
          <div className="draft-pane__editing" hidden={view !== 'edit'}>
            <DraftEditor
              key={open.openCount}
              initialState={open.initialState}
              index={index}
              lang={open.meta.lang}
              citationStyle={open.meta.citationStyle}
              onChange={draft.editorChanged}
              onEditor={onEditor}
              onUnknownPrecedents={onUnknown}
              onLanguageSwitched={onSwitched}
            >
              {editorPlugins}
            </DraftEditor>
          </div>
          <ProvenanceSummary content={open.content} index={index} lang={open.meta.lang} />
        </>
      )}
    </section>
  );
}
