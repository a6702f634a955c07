import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadBundledCorpus } from '../corpus/loadBundledCorpus';
import { createNodeDeskHost } from '../createNodeDeskHost';
import { HostInputError } from '../HostInputError';
import type { WebArgs } from './parseWebArgs';
import { type RunningWebServer, startWebServer } from './startWebServer';

export function builtRendererDir(): string {
  return fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
}

/** The web mode: the same host services as Electron, over HTTP on 127.0.0.1. */
export async function startWebMode(args: WebArgs, rendererDir: string = builtRendererDir()): Promise<RunningWebServer> {
  await mkdir(args.dataDir, { recursive: true });
  const host = await createNodeDeskHost({
    dataDir: args.dataDir,
    loadCorpus: () => loadBundledCorpus(),
    saveFile: () => {
      throw new HostInputError('In web mode the browser saves files itself; the server does not write them.');
    },
    pickImportFiles: () => {
      throw new HostInputError('In web mode the page chooses files itself; the server does not open them.');
    },
  });
  return startWebServer({
    host,
    rendererDir,
    token: args.token ?? randomBytes(32).toString('base64url'),
    port: args.port,
  });
}
