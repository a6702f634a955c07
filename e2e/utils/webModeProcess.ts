import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { E2E_RUNS_DIR } from './testServer';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A fresh, empty data folder for one spec's own web mode, removed with the run's folders. */
export async function freshDataDir(name: string): Promise<string> {
  await mkdir(E2E_RUNS_DIR, { recursive: true });
  return mkdtemp(join(E2E_RUNS_DIR, `${name}-`));
}

/**
 * The web mode as `npm run web` starts it, on its own data folder, so a spec can stop and restart
 * it. Without `port` or `token` it uses those kept in the data folder, as a user's restart does.
 */
export class WebModeProcess {
  private process: ChildProcess | null = null;
  /** The address the server printed, token included. */
  url = '';

  constructor(
    readonly dataDir: string,
    private readonly options: { port?: number; token?: string } = {},
  ) {}

  get port(): number {
    return Number(new URL(this.url).port);
  }

  async start(): Promise<void> {
    if (this.running()) throw new Error('The web mode is already running');
    const { port, token } = this.options;
    const args = [...(port ? ['--port', String(port)] : []), ...(token ? ['--token', token] : []), '--data-dir', this.dataDir];
    const child = spawn(process.execPath, ['scripts/web.mjs', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    this.process = child;
    this.url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`The web mode printed no address within a minute:\n${output}`)), 60_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const address = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(output)?.[0];
        if (address) {
          clearTimeout(timer);
          resolve(address);
        }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`The web mode stopped (exit code ${code}, signal ${signal}):\n${output}`));
      });
    });
  }

  private running(): boolean {
    return this.process !== null && this.process.exitCode === null && this.process.signalCode === null;
  }

  /** SIGKILL: as a crash or the task manager, no chance to clean up. SIGTERM: as Ctrl+C or a shutdown. */
  async stop(signal: 'SIGKILL' | 'SIGTERM' = 'SIGKILL'): Promise<void> {
    const child = this.process;
    if (!child || !this.running()) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }
}
