import { Database } from '@hocuspocus/extension-database';
import { Server } from '@hocuspocus/server';
import { isRoomName } from '../../shared/sync/invitation';
import { RoomTokens } from './RoomTokens';
import { SyncDocumentStore } from './SyncDocumentStore';
import { assertWellFormedSyncMessage } from './syncMessage';

export interface SyncServerOptions {
  port: number;
  /** 127.0.0.1 unless told otherwise: a reverse proxy in front gives the outside world TLS. */
  host: string;
  dataDir: string;
  /** Larger WebSocket messages close the connection; a whole draft's first sync fits easily. */
  maxMessageBytes: number;
  log: (line: string) => void;
}

export const DEFAULT_MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

export interface RunningSyncServer {
  port: number;
  stop(): Promise<void>;
}

/**
 * The sync server a delegation runs itself: Hocuspocus, each shared draft a room opened by its own
 * token, every document stored on disk (Hocuspocus's database extension over our own files), bad
 * input refused and logged without touching the document.
 */
export async function startSyncServer(options: SyncServerOptions): Promise<RunningSyncServer> {
  const tokens = new RoomTokens(options.dataDir);
  const documents = new SyncDocumentStore(options.dataDir);
  const { log } = options;
  const server = new Server(
    {
      port: options.port,
      address: options.host,
      quiet: true,
      stopOnSignals: false,
      debounce: 500,
      maxDebounce: 3000,
      extensions: [
        new Database({
          fetch: ({ documentName }) => documents.load(documentName),
          // A failed write is said and the server goes on: the document stays in memory and in every
          // client, and the next change writes it again.
          store: ({ documentName, state }) =>
            documents.save(documentName, state).catch((error: unknown) => log(`could not store room ${documentName}: ${error instanceof Error ? error.message : String(error)}`)),
        }),
      ],
      async onAuthenticate({ documentName, token }) {
        if (!isRoomName(documentName) || !(await tokens.admit(documentName, token))) {
          log(`refused: wrong token for a shared draft (room ${documentName.slice(0, 64)})`);
          throw new Error('Wrong token');
        }
      },
      async beforeHandleMessage({ documentName, update }) {
        try {
          assertWellFormedSyncMessage(update);
        } catch (error) {
          log(`refused: malformed update for room ${documentName} (${error instanceof Error ? error.message : String(error)}); connection closed, document untouched`);
          throw error;
        }
      },
    },
    { maxPayload: options.maxMessageBytes },
  );
  server.webSocketServer.on('connection', (socket) => {
    socket.on('error', (error) => {
      if ((error as { code?: string }).code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') log(`refused: a message larger than ${options.maxMessageBytes} bytes; connection closed`);
    });
  });
  await server.listen();
  return {
    port: server.address.port,
    stop: () => server.destroy(),
  };
}
