import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELECTRON_BUILDER_CONFIG } from '../packaging/electronBuilderConfig';

/**
 * `npm run package [-- --linux|--win|--mac]`: the installers for one system, in dist/installers.
 * electron-builder lives in packaging/toolchain, installed from its own lockfile on first use, so
 * that every `npm ci` (and CI) does not pay for its ~280 packages.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const toolchain = join(root, 'packaging', 'toolchain');
const PLATFORMS = { '--linux': 'linux', '--win': 'win', '--mac': 'mac' } as const;
type Target = (typeof PLATFORMS)[keyof typeof PLATFORMS];

interface ElectronBuilder {
  build(options: { projectDir: string; config: unknown; publish: 'never' } & Partial<Record<Target, string[]>>): Promise<string[]>;
}

const target = chooseTarget(process.argv.slice(2));
console.log(`Packaging Precedent Desk for ${target}. This needs:
  - internet: electron-builder downloads Electron's binary for ${target}, and Electron's headers to
    rebuild native modules (better-sqlite3) for Electron;
  - to run on ${target === 'mac' ? 'a Mac' : target === 'win' ? 'Windows' : 'Linux'};
  - a signing identity to make installers an IT service will accept (not configured: see README).`);

if (!existsSync(join(toolchain, 'node_modules', 'electron-builder'))) {
  console.log('Installing electron-builder into packaging/toolchain (first use only)...');
  run('npm', ['ci', '--no-audit', '--no-fund'], toolchain);
}
run(process.execPath, [join(root, 'scripts', 'build.mjs')], root);

const builder = createRequire(join(toolchain, 'package.json'))('electron-builder') as ElectronBuilder;
try {
  const outputs = await builder.build({ projectDir: root, config: ELECTRON_BUILDER_CONFIG, publish: 'never', [target]: [] });
  console.log(`Installers:\n${outputs.map((file) => `  ${file}`).join('\n')}`);
} catch (error) {
  // Offline, this is where it stops: fetching Electron's binary for the target.
  console.error(`Packaging stopped: electron-builder failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

function chooseTarget(args: string[]): Target {
  const unknown = args.filter((arg) => !(arg in PLATFORMS));
  if (unknown.length > 0 || args.length > 1) {
    console.error('Usage: npm run package [-- --linux|--win|--mac]   (default: this system)');
    process.exit(2);
  }
  const chosen = args[0] as keyof typeof PLATFORMS | undefined;
  if (chosen) return PLATFORMS[chosen];
  return process.platform === 'darwin' ? 'mac' : process.platform === 'win32' ? 'win' : 'linux';
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`Packaging stopped: ${command} ${args.join(' ')} failed.`);
    process.exit(1);
  }
}
