import { createContext, useContext, useMemo, useRef, type ReactNode } from 'react';
import type { LexicalEditor } from 'lexical';
import type { DraftFile } from '../../shared/draft/model';
import type { UnDocumentFields } from '../../shared/export/unDocument/model';
import { DraftBridgeContext, type DraftBridge } from '../app/draftBridge';
import { INSERT_PRECEDENT_COMMAND } from '../editor/plugins/PrecedentDropPlugin';

/** What the open draft's pane tells the rest of the window. */
interface DraftRegistry {
  setEditor(editor: LexicalEditor | null): void;
  setOpenDraft(draft: CurrentDraft | null): void;
}

export interface CurrentDraft {
  /** The open draft as a file, with everything typed so far (saved or not yet); null while none is open. */
  read(): DraftFile | null;
  /** Keeps in the open draft what its UN document layout prints (saved with it). */
  setDocumentFields(fields: UnDocumentFields): void;
}

const DraftRegistryContext = createContext<DraftRegistry | null>(null);
const CurrentDraftContext = createContext<CurrentDraft | null>(null);

/**
 * Wraps the window: gives the precedent browser its DraftBridge ("Insert into draft") and gives
 * other features (Word export, precedent check) the open draft, without either knowing the editor.
 * Insertions asked for while no draft is open yet are made as soon as one is.
 */
export function DraftProvider({ children }: { children: ReactNode }) {
  const editor = useRef<LexicalEditor | null>(null);
  const openDraft = useRef<CurrentDraft | null>(null);
  const waiting = useRef<string[][]>([]);

  const value = useMemo(() => {
    const registry: DraftRegistry = {
      setEditor(next) {
        editor.current = next;
        if (next) for (const ids of waiting.current.splice(0)) next.dispatchCommand(INSERT_PRECEDENT_COMMAND, ids);
      },
      setOpenDraft(draft) {
        openDraft.current = draft;
      },
    };
    const bridge: DraftBridge = {
      insertPrecedents(paragraphIds) {
        if (paragraphIds.length === 0) return;
        if (editor.current) editor.current.dispatchCommand(INSERT_PRECEDENT_COMMAND, paragraphIds);
        else waiting.current.push([...paragraphIds]);
      },
    };
    const current: CurrentDraft = {
      read: () => openDraft.current?.read() ?? null,
      setDocumentFields: (fields) => openDraft.current?.setDocumentFields(fields),
    };
    return { registry, bridge, current };
  }, []);

  return (
    <DraftRegistryContext value={value.registry}>
      <CurrentDraftContext value={value.current}>
        <DraftBridgeContext value={value.bridge}>{children}</DraftBridgeContext>
      </CurrentDraftContext>
    </DraftRegistryContext>
  );
}

export function useDraftRegistry(): DraftRegistry {
  const registry = useContext(DraftRegistryContext);
  if (!registry) throw new Error('<DraftPane> needs <DraftProvider> above it (see renderer/App.tsx).');
  return registry;
}

/** For the Word export and the precedent check: the open draft, read when needed. */
export function useCurrentDraft(): CurrentDraft {
  const current = useContext(CurrentDraftContext);
  if (!current) throw new Error('useCurrentDraft needs <DraftProvider> above it (see renderer/App.tsx).');
  return current;
}
