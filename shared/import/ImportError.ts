/** Why a file cannot be imported; the window shows a translated message for each code. */
export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'unsupported-format'
  | 'not-docx'
  | 'docx-unreadable'
  | 'docx-too-large'
  | 'not-pdf'
  | 'pdf-encrypted'
  | 'pdf-no-text'
  | 'pdf-too-many-pages'
  | 'not-text'
  | 'not-a-report'
  | 'no-numbered-paragraphs'
  | 'compendium-unreadable'
  | 'unreadable'
  | 'cancelled';

/**
 * A file refused before anything is saved. `message` is English, for logs and tests; `detail`
 * carries what the translated message needs (the file name, a limit, the reader's own words).
 */
export class ImportError extends Error {
  override name = 'ImportError';

  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly detail: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

/** The part of AbortSignal the import reads; shared code has no DOM types. */
export interface CancelSignal {
  readonly aborted: boolean;
}

export function throwIfCancelled(signal: CancelSignal | undefined): void {
  if (signal?.aborted) throw new ImportError('cancelled', 'The import was cancelled.');
}
