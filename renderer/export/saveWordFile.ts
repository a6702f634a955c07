import type { DeskHost, SaveFileRequest } from '../../shared/host/DeskHost';
import type { HostErrorInfo } from '../../shared/host/hostError';
import { toHostErrorInfo } from '../messages/hostErrorInfo';

/** How an export ended. Cancelling the save dialog is the user's choice, not a failure. */
export type SaveOutcome = { kind: 'saved'; location: string } | { kind: 'cancelled' } | { kind: 'failed'; error: HostErrorInfo };

/**
 * Builds the file and hands it to the host (a save dialog in Electron, a download in web mode).
 * Whatever goes wrong, building or writing, comes back as a host error the dialog words in the
 * interface language; nothing here touches the draft.
 */
export async function saveWordFile(host: Pick<DeskHost, 'saveFile'>, build: () => Promise<SaveFileRequest>): Promise<SaveOutcome> {
  try {
    const result = await host.saveFile(await build());
    if (result.saved) return { kind: 'saved', location: result.location };
    if (result.reason === 'cancelled') return { kind: 'cancelled' };
    return { kind: 'failed', error: result.error };
  } catch (error) {
    return { kind: 'failed', error: toHostErrorInfo(error) };
  }
}
