import { DESK_HOST_METHODS, type DeskHost, type DeskHostMethod } from './DeskHost';
import { HostError, type HostErrorInfo, readHostErrorInfo } from './hostError';

/**
 * How DeskHost calls travel: over Electron IPC (one channel), or to the local web server over its
 * socket or HTTP. Each carries the method name and its single argument, and answers with a DeskHostReply.
 */
export const DESK_HOST_IPC_CHANNEL = 'precedent-desk:desk-host';

/** `POST ${DESK_HOST_API_PREFIX}<method>` with the argument as the JSON body. */
export const DESK_HOST_API_PREFIX = '/api/';

/**
 * The web mode's socket for DeskHost calls: a call over HTTP costs the page about 9 ms more than
 * over an open WebSocket (15 ms at the 95th percentile, measured in Chromium here), which a search
 * typed key by key pays at each key. The token rides in the socket's address (`?token=`), as a socket cannot carry a header.
 */
export const DESK_HOST_SOCKET_PATH = '/desk-host-socket';

/** Calls whose JSON is longer than this, in characters (imports, long drafts), go over HTTP, which counts the bytes in flight. */
export const DESK_HOST_SOCKET_MAX_CALL = 256 * 1024;

/** A call over the socket; the reply carries its `id`, as replies come back in the order they finish. */
export interface DeskHostSocketCall {
  id: number;
  method: DeskHostMethod;
  argument?: unknown;
}

export interface DeskHostSocketReply {
  id: number;
  reply: DeskHostReply;
}

/** Header carrying the per-start token of the web mode; the page reads it from `?token=`. */
export const DESK_HOST_TOKEN_HEADER = 'x-precedent-desk-token';
export const DESK_HOST_TOKEN_PARAM = 'token';

/** A host error crosses as a code with parameters (never a sentence), so the window words it in its own language. */
export type DeskHostReply = { result?: unknown } | { error: HostErrorInfo };

/**
 * What the Electron preload exposes: each method answers with the reply itself rather than
 * throwing, because Electron's contextBridge keeps only an Error's message and would drop its code.
 */
export type DeskHostBridge = { [M in DeskHostMethod]: (argument?: unknown) => Promise<DeskHostReply> };

type DeskHostForwarder = { [M in DeskHostMethod]: (argument?: unknown) => ReturnType<DeskHost[M]> };

/**
 * A DeskHost whose every method hands its argument to `send`. Built from DESK_HOST_METHODS, so
 * nothing but those names exists on it; `satisfies` fails the build if the list misses a method.
 */
export function forwardDeskHost(send: (method: DeskHostMethod, argument: unknown) => Promise<unknown>): DeskHost {
  const forwarder = Object.fromEntries(DESK_HOST_METHODS.map((method) => [method, (argument?: unknown) => send(method, argument)]));
  return forwarder as DeskHostForwarder satisfies DeskHost;
}

export function bridgeDeskHost(send: (method: DeskHostMethod, argument: unknown) => Promise<DeskHostReply>): DeskHostBridge {
  return Object.fromEntries(DESK_HOST_METHODS.map((method) => [method, (argument?: unknown) => send(method, argument)])) as DeskHostBridge;
}

/** Unwraps a reply: the result, or the host's error rethrown as a HostError with its code. */
export function unwrapDeskHostReply(reply: DeskHostReply): unknown {
  if ('error' in reply) throw HostError.from(readHostErrorInfo(reply.error));
  return reply.result;
}
