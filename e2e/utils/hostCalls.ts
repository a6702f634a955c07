import type { Page, WebSocketRoute } from '@playwright/test';
import { DESK_HOST_API_PREFIX, DESK_HOST_SOCKET_PATH, type DeskHostSocketCall, type DeskHostSocketReply } from '../../shared/host/transport';

const SOCKET_URL = new RegExp(`${DESK_HOST_SOCKET_PATH}\\?`);

/** Each call the page sends over the host sockets it opens from now on. */
function onSocketCalls(page: Page, listener: (call: DeskHostSocketCall) => void): void {
  page.on('websocket', (socket) => {
    if (!SOCKET_URL.test(socket.url())) return;
    socket.on('framesent', ({ payload }) => listener(JSON.parse(String(payload)) as DeskHostSocketCall));
  });
}

/** The host methods the page calls, in order, over HTTP and over the host socket. */
export function recordHostCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith(DESK_HOST_API_PREFIX)) calls.push(path.slice(DESK_HOST_API_PREFIX.length));
  });
  onSocketCalls(page, (call) => calls.push(call.method));
  return calls;
}

/** The arguments of the page's calls of `method` over the host socket, the way small calls such as queries go, in order. */
export function recordSocketArguments<T>(page: Page, method: DeskHostSocketCall['method']): T[] {
  const calls: T[] = [];
  onSocketCalls(page, (call) => call.method === method && calls.push(call.argument as T));
  return calls;
}

/**
 * Makes calls of one host method fail as when the host does not answer, over HTTP (the request
 * aborted) and over the host socket (the call answered `host.unreachable`), until `restore`.
 * Call it before the page opens: only sockets opened afterwards can be watched.
 */
export async function hostCallFailures(page: Page): Promise<{ fail(method: string): Promise<void>; restore(method: string): Promise<void> }> {
  const failing = new Set<string>();
  await page.routeWebSocket(SOCKET_URL, (route: WebSocketRoute) => {
    const server = route.connectToServer();
    route.onMessage((message) => {
      const call = JSON.parse(String(message)) as DeskHostSocketCall;
      if (!failing.has(call.method)) return server.send(message);
      const reply: DeskHostSocketReply = { id: call.id, reply: { error: { code: 'host.unreachable', params: {}, detail: 'Refused by the test.' } } };
      route.send(JSON.stringify(reply));
    });
  });
  const pattern = (method: string) => `**${DESK_HOST_API_PREFIX}${method}`;
  return {
    async fail(method) {
      failing.add(method);
      await page.route(pattern(method), (route) => route.abort('connectionrefused'));
    },
    async restore(method) {
      failing.delete(method);
      await page.unroute(pattern(method));
    },
  };
}
