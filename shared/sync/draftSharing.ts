import type { Invitation } from './invitation';

/** How a draft of this desk is shared: kept by the host beside the draft, in `shared-drafts/<id>.json`. */
export interface DraftSharing {
  invitation: Invitation;
  /**
   * This desk shared the draft: the shared state is seeded from the draft file the first time it is
   * opened shared. A desk that joined waits for the server's state instead (seeding it twice would
   * give every paragraph twice).
   */
  seedFromDraft: boolean;
}

/** The Yjs state a desk keeps of a shared draft, base64-encoded to cross IPC and HTTP; null before any. */
export interface SharedDraftState {
  base64: string | null;
}
