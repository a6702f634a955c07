import { createContext, useContext } from 'react';

/** MIME type of precedent rows dragged from the table; the payload is a JSON array of paragraph ids. */
export const PRECEDENT_DRAG_MIME = 'application/x-precedent-desk-paragraphs';

/** What the precedent browser may ask of the draft, without knowing the editor. */
export interface DraftBridge {
  insertPrecedents(paragraphIds: string[]): void;
}

export const DraftBridgeContext = createContext<DraftBridge | null>(null);

export function useDraftBridge(): DraftBridge | null {
  return useContext(DraftBridgeContext);
}
