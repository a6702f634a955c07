import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves true once synced with the server, false when the token was refused. */
  ready: Promise<boolean>;
  closed: Promise<void>;
  /** Ends the client and its socket. */
  destroy(): void;
}

/** A Node client of the sync server (Node 20 has no global WebSocket: `ws` stands in). */
export function connectTestClient(port: number, room: string, token: string): TestClient {
  const doc = new Y.Doc();
  let closedResolve!: () => void;
  const closed = new Promise<void>((resolve) => (closedResolve = resolve));
  let provider!: HocuspocusProvider;
  const ready = new Promise<boolean>((resolve) => {
    const socket = new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${port}`, WebSocketPolyfill: WebSocket });
    provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: room,
      token,
      document: doc,
      onSynced: () => resolve(true),
      onAuthenticationFailed: () => resolve(false),
      onClose: () => closedResolve(),
    });
    provider.attach();
  });
  return {
    doc,
    provider,
    ready,
    closed,
    destroy: () => {
      provider.destroy();
      provider.configuration.websocketProvider.destroy();
    },
  };
}

export async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('Timed out waiting for a condition');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
