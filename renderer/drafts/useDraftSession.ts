import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EditorState } from 'lexical';
import type { Lang } from '../../shared/corpus/model';
import { compareTexts, type ParagraphComparison } from '../../shared/negotiation/compareTexts';
import type { CitationStyle, DraftContent, DraftFile, DraftSummary } from '../../shared/draft/model';
import type { DeskHost, DraftBackup, OpenDraftResult } from '../../shared/host/DeskHost';
import { readEditorState } from '../editor/editorStateFile';
import { $projectDraftContent } from '../editor/projectDraftContent';
import { DraftConflictPending, DraftSaver, type SaveStatus } from './DraftSaver';
import { newDraftFile, newDraftId } from './newDraftFile';

export type DraftMeta = Omit<DraftFile, 'editorState' | 'content' | 'updatedAt'>;

export type DraftSession =
  | { status: 'loading' }
  | { status: 'open'; meta: DraftMeta; initialState: string; content: DraftContent; openCount: number }
  | { status: 'broken'; id: string; error: string; setAsideAs: string | null; backups: DraftBackup[]; newerVersion: number | null }
  | { status: 'failed'; error: string };

export interface DraftDefaults {
  lang: Lang;
  citationStyle: CitationStyle;
  untitled: string;
  copyTitle: (title: string) => string;
}

interface Live {
  meta: DraftMeta;
  editorState: EditorState | null;
  savedEditorState: unknown;
  content: DraftContent;
  /** The next save replaces a newer revision on purpose (the delegate kept their text after a conflict). */
  keepReplaced: boolean;
  /** Where this text goes while a conflict waits for the delegate. */
  conflictCopy: string | undefined;
}

/** The two texts of a conflict, for the word comparison: the one on disk and the one in this page. */
/** This page's text against the other window's, paragraph by paragraph (removed words are the other's, added ones this page's). */
export interface ConflictTexts {
  rows: ParagraphComparison[];
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const byRecentFirst = (drafts: DraftSummary[]) => [...drafts].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

/**
 * The drafts on disk and the one open: list, create, open, rename, duplicate, delete, and autosave
 * of every change through the host. Switching drafts first saves the open one; if that fails the
 * switch does not happen, so unsaved words are never dropped. A save refused because another
 * window saved the draft meanwhile waits for the delegate: keep this text, or the other one.
 */
export function useDraftSession(host: DeskHost, defaults: DraftDefaults, lastOpenId: string | null, rememberOpen: (id: string) => void) {
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [session, setSession] = useState<DraftSession>({ status: 'loading' });
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ state: 'saved' });
  const saveStatusRef = useRef(saveStatus);
  saveStatusRef.current = saveStatus;
  const live = useRef<Live | null>(null);
  const saver = useRef<DraftSaver | null>(null);
  const openCount = useRef(0);
  const settings = useRef({ defaults, rememberOpen });
  settings.current = { defaults, rememberOpen };

  const build = useCallback((): DraftFile | null => {
    const current = live.current;
    if (!current) return null;
    return {
      ...current.meta,
      updatedAt: new Date().toISOString(),
      editorState: current.editorState ? current.editorState.toJSON() : current.savedEditorState,
      content: current.content,
    };
  }, []);

  const refreshList = useCallback(async () => {
    const list = byRecentFirst(await host.listDrafts());
    setDrafts(list);
    return list;
  }, [host]);

  const changed = useCallback(() => {
    saver.current?.changed(() => {
      const draft = build();
      if (!draft) throw new Error('No draft is open.');
      return draft;
    });
  }, [build]);

  /** Saves the open draft; false when it could not be saved (the draft then stays open). */
  const close = useCallback(async (): Promise<boolean> => {
    try {
      await saver.current?.flush();
    } catch {
      return false;
    }
    saver.current?.dispose();
    saver.current = null;
    live.current = null;
    return true;
  }, []);

  /** Writes a draft that has no file yet; gives it back with the revision it was saved as. */
  const saveNew = useCallback(
    async (draft: DraftFile): Promise<DraftFile> => {
      const result = await host.saveDraft({ draft });
      if (!result.saved) throw new Error(`A draft ${draft.id} exists already (${result.conflict.copy}).`);
      return { ...draft, revision: result.revision };
    },
    [host],
  );

  const begin = useCallback(
    async (draft: DraftFile, options: { saveNow: boolean }) => {
      let read: ReturnType<typeof readEditorState>;
      try {
        read = readEditorState(draft.editorState);
      } catch (error) {
        const backups = await host.listDraftBackups({ id: draft.id }).catch(() => []);
        setSession({ status: 'broken', id: draft.id, error: messageOf(error), setAsideAs: null, backups, newerVersion: null });
        return;
      }
      const { editorState: savedEditorState, content: _savedContent, updatedAt: _updatedAt, ...meta } = draft;
      const opened: Live = { meta, editorState: null, savedEditorState, content: read.content, keepReplaced: false, conflictCopy: undefined };
      live.current = opened;
      saver.current = new DraftSaver(async (file) => {
        const { keepReplaced, conflictCopy } = opened;
        const result = await host.saveDraft({ draft: file, ...(keepReplaced ? { keepReplaced } : {}), ...(conflictCopy ? { conflictCopy } : {}) });
        if (!result.saved) {
          opened.conflictCopy = result.conflict.copy;
          return result;
        }
        opened.keepReplaced = false;
        opened.conflictCopy = undefined;
        // The next save is based on this revision.
        opened.meta = { ...opened.meta, revision: result.revision };
        setDrafts((list) => byRecentFirst([{ id: file.id, title: file.title, lang: file.lang, updatedAt: file.updatedAt }, ...list.filter((d) => d.id !== file.id)]));
        return result;
      }, setSaveStatus);
      setSaveStatus({ state: 'saved' });
      openCount.current += 1;
      setSession({ status: 'open', meta, initialState: read.serialized, content: read.content, openCount: openCount.current });
      settings.current.rememberOpen(draft.id);
      if (options.saveNow) changed();
    },
    [host, changed],
  );

  const showOpenResult = useCallback(
    async (id: string, result: OpenDraftResult, options: { saveNow: boolean }) => {
      if (result.ok) await begin(result.draft, options);
      else setSession({ status: 'broken', id, error: result.error, setAsideAs: result.setAsideAs, backups: result.backups, newerVersion: result.newerVersion });
    },
    [begin],
  );

  const run = useCallback(async (task: () => Promise<void>) => {
    try {
      await task();
    } catch (error) {
      setSession({ status: 'failed', error: messageOf(error) });
    }
  }, []);

  const create = useCallback(
    () =>
      run(async () => {
        if (!(await close())) return;
        const { lang, citationStyle, untitled } = settings.current.defaults;
        const draft = await saveNew(newDraftFile({ title: untitled, lang, citationStyle }));
        await refreshList();
        await begin(draft, { saveNow: false });
      }),
    [run, close, saveNew, refreshList, begin],
  );

  const open = useCallback(
    (id: string) =>
      run(async () => {
        if (live.current?.meta.id === id) return;
        if (!(await close())) return;
        setSession({ status: 'loading' });
        await showOpenResult(id, await host.openDraft({ id }), { saveNow: false });
      }),
    [run, close, host, showOpenResult],
  );

  /** A backup becomes the draft again: saved at once under the draft's own name. */
  const openBackup = useCallback(
    (id: string, backup: string) =>
      run(async () => {
        await showOpenResult(id, await host.openDraftBackup({ id, backup }), { saveNow: true });
      }),
    [run, host, showOpenResult],
  );

  const duplicate = useCallback(
    () =>
      run(async () => {
        const current = build();
        if (!current || !(await close())) return;
        const now = new Date().toISOString();
        const copy = await saveNew({ ...current, id: newDraftId(), revision: 0, title: settings.current.defaults.copyTitle(current.title), createdAt: now, updatedAt: now });
        await refreshList();
        await begin(copy, { saveNow: false });
      }),
    [run, build, close, saveNew, refreshList, begin],
  );

  const remove = useCallback(
    (id: string) =>
      run(async () => {
        if (live.current?.meta.id === id) {
          saver.current?.dispose();
          saver.current = null;
          live.current = null;
        }
        await host.deleteDraft({ id });
        const [next] = await refreshList();
        setSession({ status: 'loading' });
        if (next) await showOpenResult(next.id, await host.openDraft({ id: next.id }), { saveNow: false });
        else await create();
      }),
    [run, host, refreshList, showOpenResult, create],
  );

  const updateMeta = useCallback(
    (change: Partial<Pick<DraftMeta, 'title' | 'lang' | 'citationStyle' | 'rounds'>>) => {
      const current = live.current;
      if (!current) return;
      current.meta = { ...current.meta, ...change };
      const meta = current.meta;
      setSession((previous) => (previous.status === 'open' ? { ...previous, meta } : previous));
      changed();
    },
    [changed],
  );

  const editorChanged = useCallback(
    (editorState: EditorState) => {
      const current = live.current;
      if (!current) return;
      current.editorState = editorState;
      current.content = editorState.read($projectDraftContent);
      const content = current.content;
      setSession((previous) => (previous.status === 'open' ? { ...previous, content } : previous));
      changed();
    },
    [changed],
  );

  /** The text on disk and this page's, for the comparison; null when the other version cannot be read any more. */
  const compareConflict = useCallback(async (): Promise<ConflictTexts | null> => {
    const current = live.current;
    if (!current) return null;
    const onDisk = await host.openDraft({ id: current.meta.id });
    return onDisk.ok ? { rows: compareTexts(onDisk.draft.content, current.content, current.meta.lang) } : null;
  }, [host]);

  /** Keeps this page's text: saved over the newer revision, which the host keeps as a backup. */
  const keepMine = useCallback(
    () =>
      run(async () => {
        const current = live.current;
        if (!current || saveStatusRef.current.state !== 'conflict') return;
        current.meta = { ...current.meta, revision: saveStatusRef.current.conflict.revision };
        current.keepReplaced = true;
        current.conflictCopy = undefined;
        await saver.current?.resume().catch(() => undefined);
      }),
    [run],
  );

  /** Takes the other window's text; this page's stays in its conflict copy, brought up to date first. */
  const keepTheirs = useCallback(
    () =>
      run(async () => {
        const id = live.current?.meta.id;
        if (!id) return;
        try {
          await saver.current?.flush();
        } catch (error) {
          // Not on disk anywhere yet (the server is gone): the text stays open, and the status says why.
          if (!(error instanceof DraftConflictPending)) return;
        }
        saver.current?.dispose();
        saver.current = null;
        live.current = null;
        setSession({ status: 'loading' });
        await showOpenResult(id, await host.openDraft({ id }), { saveNow: false });
      }),
    [run, host, showOpenResult],
  );

  // Opens the draft of last time, else the most recent, else a new one.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void run(async () => {
      const list = await refreshList();
      const id = list.find((draft) => draft.id === lastOpenId)?.id ?? list[0]?.id;
      if (id) await showOpenResult(id, await host.openDraft({ id }), { saveNow: false });
      else await create();
    });
  }, [run, refreshList, lastOpenId, host, showOpenResult, create]);

  // Leaving the page (closing the window, reloading) saves what the timer has not saved yet, and
  // asks first while anything typed is not on disk: the browser shows its own "Leave site?" dialog.
  useEffect(() => {
    const flush = () => void saver.current?.flush().catch(() => undefined);
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!saver.current?.hasUnsavedChanges()) return;
      flush();
      event.preventDefault();
      // Older Chromium (and Electron) look at returnValue rather than preventDefault().
      event.returnValue = '';
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  const actions = useMemo(
    () => ({ create, open, openBackup, duplicate, remove, updateMeta, editorChanged, read: build, compareConflict, keepMine, keepTheirs }),
    [create, open, openBackup, duplicate, remove, updateMeta, editorChanged, build, compareConflict, keepMine, keepTheirs],
  );
  return { drafts, session, saveStatus, actions };
}
