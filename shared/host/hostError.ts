/**
 * Why a host call failed, as a code the window words in its own interface language: the host
 * never sends a sentence for the delegate to read. Codes the delegate can act on have their own;
 * faults of the app itself share `request.invalid` and `host.failed`.
 */
export const HOST_ERROR_CODES = [
  /** Web mode: the local server does not answer (stopped, restarting); trying again can work. */
  'host.unreachable',
  /** The server is receiving other large requests; trying again in a moment works. */
  'host.busy',
  /** Web mode: the page's access token is missing or not the server's. */
  'auth.token',
  /** The call did not come from the desk's own window or address. */
  'request.refused',
  /** The call was malformed: a fault of the app, not of the delegate. */
  'request.invalid',
  'request.tooLarge',
  /** The bundled source texts are missing from the installation. */
  'corpus.sourcesMissing',
  /** The library's own files on disk cannot be read. */
  'library.unreadable',
  /** A document offered to the library lacks what an import needs. */
  'library.invalidDocument',
  /** params: symbol, lang */
  'library.languageHeld',
  /** params: name */
  'library.compendiumHeld',
  'library.notFound',
  /** params: symbol */
  'library.symbolInSource',
  /** params: symbol */
  'library.badSymbol',
  'draft.missing',
  /** The draft file on disk is damaged or unreadable. */
  'draft.damaged',
  /** params: version */
  'draft.newerFormat',
  'draft.invalid',
  'sharing.invalid',
  'disk.full',
  'disk.denied',
  /** The file is open in another program (Word locks its files). */
  'disk.busy',
  'disk.readOnly',
  'disk.folderMissing',
  /** Anything else: worded generically, the technical detail shown apart. */
  'host.failed',
] as const;

export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];

/** What crosses IPC and HTTP for a failed call. `detail` is the technical text (English), kept for the curious and the logs. */
export interface HostErrorInfo {
  code: HostErrorCode;
  params?: Record<string, string>;
  detail?: string;
}

/** Thrown by the host and rethrown in the window, carrying its code across the transport. */
export class HostError extends Error {
  override name = 'HostError';

  constructor(
    readonly code: HostErrorCode,
    detail = '',
    readonly params: Record<string, string> = {},
  ) {
    super(detail || code);
  }

  /** What crosses the transport; the message is the detail unless the error was made without one. */
  get info(): HostErrorInfo {
    const params = Object.keys(this.params).length > 0 ? { params: this.params } : {};
    const detail = this.message !== this.code ? { detail: this.message } : {};
    return { code: this.code, ...params, ...detail };
  }

  static from(info: HostErrorInfo): HostError {
    return new HostError(info.code, info.detail, info.params);
  }
}

function isHostErrorCode(value: unknown): value is HostErrorCode {
  return typeof value === 'string' && (HOST_ERROR_CODES as readonly string[]).includes(value);
}

/** Node's error codes that tell the delegate what to do about a file; others stay `host.failed`. */
const DISK_ERRORS: Record<string, HostErrorCode> = {
  ENOSPC: 'disk.full',
  EDQUOT: 'disk.full',
  EACCES: 'disk.denied',
  EPERM: 'disk.denied',
  EBUSY: 'disk.busy',
  EROFS: 'disk.readOnly',
  ENOENT: 'disk.folderMissing',
  ENOTDIR: 'disk.folderMissing',
};

/** Any failure as it crosses the transport: its own code if it has one, else one read from Node's error code. */
export function hostErrorInfoOf(error: unknown): HostErrorInfo {
  if (error instanceof HostError) return error.info;
  const detail = error instanceof Error ? error.message : String(error);
  const systemCode = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
  return { code: DISK_ERRORS[systemCode] ?? 'host.failed', detail };
}

/** A reply's error, checked: a code this window does not know is worded as `host.failed`, its detail kept. */
export function readHostErrorInfo(value: unknown): HostErrorInfo {
  if (typeof value !== 'object' || value === null) return { code: 'host.failed', detail: String(value) };
  const { code, params, detail } = value as Record<string, unknown>;
  const detailText = typeof detail === 'string' ? detail : undefined;
  if (!isHostErrorCode(code)) return { code: 'host.failed', detail: detailText ?? String(code) };
  const stringParams = typeof params === 'object' && params !== null ? (Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === 'string')) as Record<string, string>) : undefined;
  return { code, ...(stringParams ? { params: stringParams } : {}), ...(detailText ? { detail: detailText } : {}) };
}
