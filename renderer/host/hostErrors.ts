/** The web mode's server did not answer (stopped, restarting): what the page holds is not saved yet. */
export class HostUnreachableError extends Error {
  override name = 'HostUnreachableError';
}

/** The server answered but refused this page's access token (it was started with another one). */
export class HostAccessError extends Error {
  override name = 'HostAccessError';
}
