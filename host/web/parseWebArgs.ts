import { resolve } from 'node:path';
import { defaultDataDir } from '../dataDir';

export interface WebArgs {
  /** 0: the port used last time with this data folder, else any free port. */
  port: number;
  dataDir: string;
  /** Fixed token for tests (never written to the data folder); null: the one kept in the data folder, else a new random one. */
  token: string | null;
  /** Try to open the system browser on the printed address. */
  open: boolean;
}

export const WEB_USAGE = 'Usage: npm run web -- [--port N] [--data-dir DIR] [--open] [--token T (tests only)]';

export function parseWebArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): WebArgs {
  const args: WebArgs = { port: 0, dataDir: defaultDataDir(env), token: null, open: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    const [name, inline] = flag.includes('=') ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)] : [flag, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') throw new Error(`${name} needs a value.\n${WEB_USAGE}`);
      return next;
    };
    switch (name) {
      case '--port': {
        const text = value();
        const port = Number(text);
        if (!/^\d+$/.test(text) || port < 1 || port > 65535) throw new Error(`--port must be a number from 1 to 65535, not "${text}".`);
        args.port = port;
        break;
      }
      case '--data-dir':
        args.dataDir = resolve(value());
        break;
      case '--token': {
        const token = value();
        if (!/^[\w-]{16,}$/.test(token)) throw new Error('--token must be at least 16 letters, digits, "-" or "_".');
        args.token = token;
        break;
      }
      case '--open':
        args.open = true;
        break;
      default:
        throw new Error(`Unknown option "${flag}".\n${WEB_USAGE}`);
    }
  }
  return args;
}
