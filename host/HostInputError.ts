import { HostError } from '../shared/host/hostError';

/** A request the host refuses because of what was sent (not a host failure); the web server answers 400. */
export class HostInputError extends HostError {
  override name = 'HostInputError';
}
