import { HostError, hostErrorInfoOf, type HostErrorCode, type HostErrorInfo } from '../../shared/host/hostError';

/** Failures where trying the same thing again can succeed: the server came back, or finished what kept it busy. */
const RETRYABLE: ReadonlySet<HostErrorCode> = new Set(['host.unreachable', 'host.busy', 'disk.busy']);

/** Any failure a window sees, as a host error: a HostError keeps its code; anything else is `host.failed` with its text as detail. */
export function toHostErrorInfo(error: unknown): HostErrorInfo {
  return error instanceof HostError ? error.info : hostErrorInfoOf(error);
}

export function canRetry(error: HostErrorInfo): boolean {
  return RETRYABLE.has(error.code);
}
