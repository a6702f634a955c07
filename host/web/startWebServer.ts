import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DeskHost } from '../../shared/host/DeskHost';
import { DESK_HOST_API_PREFIX, DESK_HOST_TOKEN_HEADER, DESK_HOST_TOKEN_PARAM } from '../../shared/host/transport';
import { contentSecurityPolicy } from '../contentSecurityPolicy';
import { failure } from './callHostMethod';
import { acceptDeskHostSockets } from './deskHostSocket';
import { handleApiRequest, sendReply } from './handleApiRequest';
import { refuseForeignHost, refuseForeignOrigin, tokenMatches } from './requestGuards';
import { sendText, serveStatic } from './serveStatic';

export interface WebServerOptions {
  host: DeskHost;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  token: string;
  /** 0 lets the system pick a free port. */
  port: number;
  /** The sync servers of shared drafts, read on each request: a page loaded after sharing may reach the new one. */
  syncOrigins?: () => string[];
}

export interface RunningWebServer {
  /** The address to open, token included. */
  url: string;
  port: number;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  // The page URL carries the token: never send it along as a referrer.
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // No Cross-Origin-Opener-Policy: it guards a window's handle on another origin's window, and
  // the desk opens none, while a page that opens the desk's address has no token to use it. Its
  // price was a new renderer process at every start (about 100 ms before the first script).
};

/** Serves the renderer and the DeskHost API (HTTP and socket) on 127.0.0.1 only. */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  let port = options.port;
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    res.setHeader('Content-Security-Policy', contentSecurityPolicy('web', options.syncOrigins?.() ?? []));
    route(req, res, options, port).catch((error: unknown) => {
      console.error('Request failed:', error);
      if (!res.headersSent) sendText(res, 500, 'Internal error.');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(describeListenError(error, options.port)));
    server.listen({ host: '127.0.0.1', port: options.port, exclusive: true }, resolve);
  });
  port = (server.address() as AddressInfo).port;
  const sockets = acceptDeskHostSockets(server, { host: options.host, token: options.token, port: () => port });
  return {
    url: `http://127.0.0.1:${port}/?${DESK_HOST_TOKEN_PARAM}=${encodeURIComponent(options.token)}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
        sockets.close();
      }),
  };
}

async function route(req: IncomingMessage, res: ServerResponse, options: WebServerOptions, port: number): Promise<void> {
  const isApi = (req.url ?? '').startsWith(DESK_HOST_API_PREFIX);
  const refuse = (status: number, message: string) =>
    isApi ? sendReply(res, status, failure(status === 401 ? 'auth.token' : 'request.refused', message)) : sendText(res, status, message);

  const hostHeader = req.headers.host;
  const foreignHost = refuseForeignHost(hostHeader, port);
  if (foreignHost || hostHeader === undefined) return refuse(403, foreignHost ?? 'Missing Host header.');
  const foreignOrigin = refuseForeignOrigin(req.headers.origin, hostHeader);
  if (foreignOrigin) return refuse(403, foreignOrigin);
  if (!isApi) return serveStatic(req, res, options.rendererDir);

  const token = req.headers[DESK_HOST_TOKEN_HEADER];
  if (!tokenMatches(typeof token === 'string' ? token : undefined, options.token)) {
    return refuse(401, 'Missing or wrong access token: open the address the web mode printed.');
  }
  const method = new URL(req.url ?? '', 'http://localhost').pathname.slice(DESK_HOST_API_PREFIX.length);
  return handleApiRequest(req, res, options.host, method);
}

/** The system error stays as `cause`, so a caller can tell a port in use from other failures. */
function describeListenError(error: NodeJS.ErrnoException, port: number): Error {
  if (error.code === 'EADDRINUSE') {
    return new Error(`Port ${port} on 127.0.0.1 is already in use. Stop what is using it, or choose another port with --port.`, { cause: error });
  }
  if (error.code === 'EACCES') return new Error(`Not allowed to listen on port ${port}. Choose a port above 1024 with --port.`, { cause: error });
  return error;
}
