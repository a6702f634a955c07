/**
 * Whether a save may replace the draft's file: only when the text was based on the revision the
 * file holds. A text based on an older revision would overwrite words written meanwhile by another
 * window or tab; it is kept beside the draft instead (a conflict copy).
 */
export type RevisionCheck = { write: true; revision: number } | { write: false; onDisk: number };

/** `onDisk` is null when there is no usable file to replace (a new draft, or one deleted or set aside meanwhile). */
export function checkRevision(basedOn: number, onDisk: number | null): RevisionCheck {
  if (onDisk === null) return { write: true, revision: basedOn + 1 };
  if (onDisk !== basedOn) return { write: false, onDisk };
  return { write: true, revision: onDisk + 1 };
}
