import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadBundledCorpus } from '../corpus/loadBundledCorpus';
import { createNodeDeskHost } from '../createNodeDeskHost';
import { errorCode } from '../drafts/errorCode';
import { HostInputError } from '../HostInputError';
import type { WebArgs } from './parseWebArgs';
import { type RunningWebServer, startWebServer } from './startWebServer';
import { keepWebAccess, newAccessToken, readWebAccess } from './webAccess';

export function builtRendererDir(): string {
  return fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
}

/**
 * The web mode: the same host services as Electron, over HTTP on 127.0.0.1. The port and token are
 * kept in the data folder, so a restart serves the same address and a page left open goes on
 * saving; `warn` hears when the kept port was taken and another one had to be used.
 */
export async function startWebMode(args: WebArgs, rendererDir: string = builtRendererDir(), warn: (message: string) => void = console.warn): Promise<RunningWebServer> {
  await mkdir(args.dataDir, { recursive: true });
  const host = await createNodeDeskHost({
    dataDir: args.dataDir,
    loadCorpus: () => loadBundledCorpus(),
    saveFile: () => {
      throw new HostInputError('request.invalid', 'In web mode the browser saves files itself; the server does not write them.');
    },
    pickImportFiles: () => {
      throw new HostInputError('request.invalid', 'In web mode the page chooses files itself; the server does not open them.');
    },
  });
  const kept = await readWebAccess(args.dataDir);
  // A token given on the command line is for tests: used, never written to the data folder.
  const token = args.token ?? kept?.token ?? newAccessToken();
  const options = { host, rendererDir, token, syncOrigins: () => host.syncOrigins() };
  let server: RunningWebServer;
  if (args.port === 0 && kept) {
    server = await startWebServer({ ...options, port: kept.port }).catch((error: unknown) => {
      if (!(error instanceof Error) || errorCode(error.cause) !== 'EADDRINUSE') throw error;
      warn(`Port ${kept.port}, used last time with this data folder, is taken now: another port is used, and pages open on the old address must be opened again at the new one.`);
      return startWebServer({ ...options, port: 0 });
    });
  } else {
    server = await startWebServer({ ...options, port: args.port });
  }
  if (args.token === null) await keepWebAccess(args.dataDir, { port: server.port, token });
  return server;
}
