import { useEffect, useState } from 'react';
import type { DeskHost } from '../../shared/host/DeskHost';
import type { DraftSharing } from '../../shared/sync/draftSharing';
import type { HostErrorInfo } from '../../shared/host/hostError';
import { toHostErrorInfo } from '../messages/hostErrorInfo';

export type DraftSharingState =
  | { kind: 'loading' }
  | { kind: 'private' }
  | { kind: 'shared'; sharing: DraftSharing; localState: Uint8Array | null }
  | { kind: 'failed'; error: HostErrorInfo };

/** Whether the open draft is shared, and the Yjs state this desk holds of it, read before its editor mounts. */
export function useDraftSharing(host: DeskHost, draftId: string | null): DraftSharingState {
  const [state, setState] = useState<{ id: string | null; value: DraftSharingState }>({ id: null, value: { kind: 'loading' } });
  useEffect(() => {
    if (draftId === null) return;
    let current = true;
    void (async () => {
      try {
        const sharing = await host.getDraftSharing({ id: draftId });
        const value: DraftSharingState = sharing
          ? { kind: 'shared', sharing, localState: decodeBase64((await host.loadSharedDraftState({ id: draftId })).base64) }
          : { kind: 'private' };
        if (current) setState({ id: draftId, value });
      } catch (error) {
        if (current) setState({ id: draftId, value: { kind: 'failed', error: toHostErrorInfo(error) } });
      }
    })();
    return () => {
      current = false;
    };
  }, [host, draftId]);
  return state.id === draftId ? state.value : { kind: 'loading' };
}

export function decodeBase64(base64: string | null): Uint8Array | null {
  return base64 === null ? null : Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}
