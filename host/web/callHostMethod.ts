import { type DeskHost, type DeskHostMethod } from '../../shared/host/DeskHost';
import { HostError, type HostErrorCode, hostErrorInfoOf } from '../../shared/host/hostError';
import type { DeskHostReply } from '../../shared/host/transport';
import { HostInputError } from '../HostInputError';

export interface HostCallOutcome {
  /** The HTTP status that goes with the reply: 400 for the caller's fault, 500 for the host's. */
  status: 200 | 400 | 500;
  reply: DeskHostReply;
}

/** Calls one host method for the web server, over HTTP or its socket alike: its result, or its error as a reply. */
export async function callHostMethod(host: DeskHost, method: DeskHostMethod, argument: unknown): Promise<HostCallOutcome> {
  try {
    const call = host[method] as (argument: unknown) => Promise<unknown>;
    return { status: 200, reply: { result: await call.call(host, argument) } };
  } catch (error) {
    if (error instanceof HostInputError) return { status: 400, reply: { error: error.info } };
    console.error(`Host method ${method} failed:`, error);
    return { status: 500, reply: { error: hostErrorInfoOf(error) } };
  }
}

export function failure(code: HostErrorCode, detail: string): DeskHostReply {
  return { error: new HostError(code, detail).info };
}
