import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import { type DeskHost, isDeskHostMethod } from '../../shared/host/DeskHost';
import { DESK_HOST_SOCKET_MAX_CALL, DESK_HOST_SOCKET_PATH, DESK_HOST_TOKEN_PARAM, type DeskHostSocketReply } from '../../shared/host/transport';
import { callHostMethod, failure } from './callHostMethod';
import { jsonNestsDeeperThan } from './jsonDepth';
import { BODY_LIMITS } from './readJsonBody';
import { refuseForeignHost, refuseForeignOrigin, tokenMatches } from './requestGuards';

export interface DeskHostSocketOptions {
  host: DeskHost;
  token: string;
  /** The server's port, known once it listens. */
  port(): number;
}

/** The longest call the page sends this way, in UTF-8: up to 3 bytes for each character of JSON. */
const MAX_MESSAGE_BYTES = 3 * DESK_HOST_SOCKET_MAX_CALL;

/** Close code for a message that is not a call (RFC 6455: policy violation). */
const NOT_A_CALL = 1008;

/**
 * Takes the page's DeskHost socket (DESK_HOST_SOCKET_PATH) under the HTTP API's guards: this
 * server's host and origin, and the token. Each message is one call, answered with its id.
 */
export function acceptDeskHostSockets(server: Server, options: DeskHostSocketOptions): { close(): void } {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refusal = refuseUpgrade(req, options);
    if (refusal) {
      socket.end(`HTTP/1.1 ${refusal}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    sockets.handleUpgrade(req, socket, head, (page) => answerCalls(page, options.host));
  });
  return {
    close() {
      for (const page of sockets.clients) page.terminate();
      sockets.close();
    },
  };
}

/** The status line refusing the upgrade, or null to accept it. */
function refuseUpgrade(req: IncomingMessage, options: DeskHostSocketOptions): string | null {
  const url = new URL(req.url ?? '', 'http://localhost');
  if (url.pathname !== DESK_HOST_SOCKET_PATH) return '404 Not Found';
  const hostHeader = req.headers.host;
  if (hostHeader === undefined || refuseForeignHost(hostHeader, options.port()) || refuseForeignOrigin(req.headers.origin, hostHeader)) return '403 Forbidden';
  if (!tokenMatches(url.searchParams.get(DESK_HOST_TOKEN_PARAM) ?? undefined, options.token)) return '401 Unauthorized';
  return null;
}

function answerCalls(page: WebSocket, host: DeskHost): void {
  // A frame over the size limit, or not WebSocket at all: ws closes the socket itself, and an
  // error nobody hears would stop the whole host.
  page.on('error', () => undefined);
  page.on('message', (data: RawData, isBinary: boolean) => {
    const call = isBinary ? null : readCall(data.toString());
    if (!call) {
      page.close(NOT_A_CALL, 'Each message must be a host call as JSON: {"id": number, "method": string, "argument"?: any}.');
      return;
    }
    const { id, method, argument } = call;
    const replied = isDeskHostMethod(method)
      ? callHostMethod(host, method, argument).then(({ reply }) => reply)
      : Promise.resolve(failure('request.invalid', `Unknown host method "${method}".`));
    void replied.then((reply) => {
      if (page.readyState === page.OPEN) page.send(JSON.stringify({ id, reply } satisfies DeskHostSocketReply));
    });
  });
}

function readCall(text: string): { id: number; method: string; argument: unknown } | null {
  // Scanned before parsing, as the HTTP bodies are: a deep nest would exhaust the stack.
  if (jsonNestsDeeperThan(text, BODY_LIMITS.jsonDepth)) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { id, method, argument } = value as Record<string, unknown>;
    return Number.isSafeInteger(id) && typeof method === 'string' ? { id: id as number, method, argument } : null;
  } catch {
    return null;
  }
}
