/** A request the host refuses because of what was sent (not a host failure); the web server answers 400. */
export class HostInputError extends Error {
  override name = 'HostInputError';
}
