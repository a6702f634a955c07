import { resolve } from 'node:path';
import { DEFAULT_MAX_MESSAGE_BYTES, startSyncServer } from './startSyncServer';

/** `npm run sync-server -- [--port 4444] [--data-dir ./sync-data] [--host 127.0.0.1]` */
function parseArgs(argv: string[]): { port: number; dataDir: string; host: string } {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i];
    const value = argv[i + 1];
    if (!name?.startsWith('--') || value === undefined) throw new Error(`Unexpected argument: ${name ?? ''}`);
    values.set(name.slice(2), value);
  }
  for (const name of values.keys()) if (!['port', 'data-dir', 'host'].includes(name)) throw new Error(`Unknown option --${name}`);
  const port = Number(values.get('port') ?? 4444);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port takes a port number');
  return { port, dataDir: resolve(values.get('data-dir') ?? './sync-data'), host: values.get('host') ?? '127.0.0.1' };
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error('Usage: npm run sync-server -- [--port 4444] [--data-dir ./sync-data] [--host 127.0.0.1]');
    process.exit(2);
  }
  const log = (line: string) => console.log(`${new Date().toISOString()} ${line}`);
  const server = await startSyncServer({ ...args, maxMessageBytes: DEFAULT_MAX_MESSAGE_BYTES, log });
  log(`sync server listening on ws://${args.host}:${server.port}, documents in ${args.dataDir}`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
