import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** Hocuspocus's message type for Yjs sync, and y-protocols' sync steps that carry an update. */
const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * Throws when a message carries a Yjs update that does not decode, before the server applies it:
 * a malformed update is refused whole and never reaches the document. Other messages (awareness,
 * sync step 1, authentication) are decoded by Hocuspocus itself, which closes the connection on
 * garbage.
 */
export function assertWellFormedSyncMessage(data: Uint8Array): void {
  const decoder = decoding.createDecoder(data);
  decoding.readVarString(decoder);
  if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return;
  const step = decoding.readVarUint(decoder);
  if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return;
  const update = decoding.readVarUint8Array(decoder);
  Y.decodeUpdate(update);
  // Decoding reads the structure; applying to a scratch document also checks what refers to what.
  Y.applyUpdate(new Y.Doc(), update);
}
