import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The sync server as `npm run sync-server` starts it, on a port and data folder of the spec's, so a spec can kill and restart it. */
export class SyncServerProcess {
  private process: ChildProcess | null = null;
  /** What it printed, for the bad-input log checks. */
  output = '';

  constructor(
    readonly port: number,
    readonly dataDir: string,
  ) {}

  get address(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'host/sync/main.ts', '--port', String(this.port), '--data-dir', this.dataDir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.process = child;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The sync server did not start within 30 s:\n${this.output}`)), 30_000);
      const read = (chunk: Buffer) => {
        this.output += chunk.toString();
        if (this.output.includes('sync server listening')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`The sync server stopped (exit code ${code}):\n${this.output}`));
      });
    });
  }

  /** SIGKILL: the server machine crashing, nothing flushed. */
  async kill(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}
