import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Build steps shared by `npm start`, `npm run web` and `npm run build`. */
export const root = fileURLToPath(new URL('..', import.meta.url));
export const rendererIndex = join(root, 'dist', 'renderer', 'index.html');

/**
 * Builds into a staging folder and swaps it in, so a web server already serving dist/renderer
 * (another terminal, a test run) never sees it half-written.
 */
export async function buildRenderer() {
  const { build } = await import('vite');
  const target = join(root, 'dist', 'renderer');
  const staging = join(root, 'dist', `.renderer-${process.pid}`);
  const previous = join(root, 'dist', `.renderer-old-${process.pid}`);
  try {
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: staging } });
    if (existsSync(target)) renameSync(target, previous);
    try {
      renameSync(staging, target);
    } catch (error) {
      // Another build swapped its output in first; it is as fresh as ours.
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(previous, { recursive: true, force: true });
  }
}

/** Main and preload as CommonJS: Electron's sandboxed preload cannot load ES modules. */
export async function buildElectron() {
  const esbuild = await import('esbuild');
  // better-sqlite3 is a native module: loaded from node_modules at run time, never bundled.
  const common = { bundle: true, format: 'cjs', external: ['electron', 'better-sqlite3'], sourcemap: 'linked', logLevel: 'warning' };
  await Promise.all([
    esbuild.build({
      ...common,
      platform: 'node',
      target: 'node22',
      entryPoints: [join(root, 'electron', 'main.ts')],
      outfile: join(root, 'dist', 'electron', 'main.cjs'),
      // Host code finds its files from import.meta.url, which CommonJS lacks; the bundle supplies its own.
      define: { 'import.meta.url': 'importMetaUrl' },
      banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    }),
    esbuild.build({
      ...common,
      // A sandboxed preload can require only 'electron' and a few polyfills: nothing from Node may leak in.
      platform: 'browser',
      target: 'chrome130',
      entryPoints: [join(root, 'electron', 'preload.ts')],
      outfile: join(root, 'dist', 'electron', 'preload.cjs'),
    }),
  ]);
}

/** True when dist/renderer is missing or older than any renderer or shared source. */
export function rendererIsStale() {
  let built;
  try {
    built = statSync(rendererIndex).mtimeMs;
  } catch {
    return true;
  }
  const inputs = [join(root, 'vite.config.ts'), join(root, 'package.json'), join(root, 'host', 'contentSecurityPolicy.ts')];
  return (
    inputs.some((file) => statSync(file).mtimeMs > built) ||
    newestIn(join(root, 'renderer')) > built ||
    newestIn(join(root, 'shared')) > built ||
    // Patched dependencies (patch-package) are bundled too.
    newestIn(join(root, 'patches')) > built
  );
}

function newestIn(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const target = process.argv[2] ?? 'all';
  if (!['all', 'renderer', 'electron'].includes(target)) {
    console.error('Usage: node scripts/build.mjs [all|renderer|electron]');
    process.exit(1);
  }
  try {
    if (target !== 'electron') await buildRenderer();
    if (target !== 'renderer') await buildElectron();
  } catch (error) {
    console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
