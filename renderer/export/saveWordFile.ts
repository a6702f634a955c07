import type { DeskHost, SaveFileRequest } from '../../shared/host/DeskHost';

/** How an export ended. Cancelling the save dialog is the user's choice, not a failure. */
export type SaveOutcome = { kind: 'saved'; location: string } | { kind: 'cancelled' } | { kind: 'failed'; message: string | null };

/**
 * Builds the file and hands it to the host (a save dialog in Electron, a download in web mode).
 * Whatever goes wrong, building or writing, comes back as the host's or builder's own words, so the
 * dialog can say what happened; nothing here touches the draft.
 */
export async function saveWordFile(host: Pick<DeskHost, 'saveFile'>, build: () => Promise<SaveFileRequest>): Promise<SaveOutcome> {
  try {
    const result = await host.saveFile(await build());
    if (result.saved) return { kind: 'saved', location: result.location };
    if (result.reason === 'cancelled') return { kind: 'cancelled' };
    return { kind: 'failed', message: result.message?.trim() || null };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
