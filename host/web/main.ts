import { spawn } from 'node:child_process';
import { loadBundledCorpus } from '../corpus/loadBundledCorpus';
import { parseWebArgs } from './parseWebArgs';
import { startWebMode } from './startWebMode';

/** Entry point of `npm run web` (through scripts/web.mjs). */
try {
  const args = parseWebArgs(process.argv.slice(2));
  const server = await startWebMode(args);
  // Builds the corpus now, so the first page load does not wait for it; errors surface on that call.
  loadBundledCorpus().catch(() => undefined);
  console.log(`Precedent Desk (web mode) is running. Open this address in your browser:\n\n  ${server.url}\n`);
  console.log(`Data folder: ${args.dataDir}\nThe address stays the same on every start with this data folder: a page left open goes on saving.\nPress Ctrl+C to stop.`);
  if (args.open) openInBrowser(server.url);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(`Could not start the web mode: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

/** Best effort: where no browser can be launched, the printed address is enough. */
function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'win32'
      ? ['rundll32', ['url.dll,FileProtocolHandler', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}
