import { createContext, useContext, useMemo, useRef, type ReactNode } from 'react';
import type { DraftFile } from '../../shared/draft/model';
import type { UnDocumentFields } from '../../shared/export/unDocument/model';
import { DraftBridgeContext, type DraftBridge } from '../app/draftBridge';

/** What the open draft's pane tells the rest of the window. */
interface DraftRegistry {
  /** How the open draft's editor inserts precedents with their citations; null while none is open. */
  setInserter(insert: PrecedentInserter | null): void;
  setOpenDraft(draft: CurrentDraft | null): void;
}

type PrecedentInserter = (paragraphIds: string[]) => void;

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
  const inserter = useRef<PrecedentInserter | null>(null);
  const openDraft = useRef<CurrentDraft | null>(null);
  const waiting = useRef<string[][]>([]);

  const value = useMemo(() => {
    const registry: DraftRegistry = {
      setInserter(insert) {
        inserter.current = insert;
        if (insert) for (const ids of waiting.current.splice(0)) insert(ids);
      },
      setOpenDraft(draft) {
        openDraft.current = draft;
      },
    };
    const bridge: DraftBridge = {
      insertPrecedents(paragraphIds) {
        if (paragraphIds.length === 0) return;
        if (inserter.current) inserter.current(paragraphIds);
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
