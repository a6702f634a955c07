import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './build.mjs';

/**
 * better-sqlite3 as Electron's own Node needs it. `npm install` builds it for the Node that runs
 * npm (tests, web mode, command line); Electron has another ABI. This builds a second copy with
 * @electron/rebuild (from packaging/toolchain, installed on first use; it downloads Electron's
 * headers) into dist/native/electron-<version>/, which electron/main.ts hands to better-sqlite3,
 * so both builds live side by side. Installers get theirs from electron-builder's own rebuild.
 * Returns null when done, else why it could not be done (no network, no compiler).
 */
export function ensureElectronSqlite(electronVersion) {
  const target = electronSqlitePath(electronVersion);
  if (existsSync(target)) return null;
  const toolchain = join(root, 'packaging', 'toolchain');
  if (!existsSync(join(toolchain, 'node_modules', '@electron', 'rebuild'))) {
    console.log('Installing the packaging toolchain (first launch only), for @electron/rebuild...');
    const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: toolchain, stdio: 'inherit', shell: process.platform === 'win32' });
    if (install.status !== 0) return 'the packaging toolchain could not be installed (no network?)';
  }
  const work = join(root, '.tmp', 'electron-native');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'node_modules'), { recursive: true });
  cpSync(join(root, 'node_modules', 'better-sqlite3'), join(work, 'node_modules', 'better-sqlite3'), { recursive: true });
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'electron-native', private: true, dependencies: { 'better-sqlite3': '*' } }));
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (first launch only, about two minutes)...`);
  const cli = join(toolchain, 'node_modules', '@electron', 'rebuild', 'lib', 'cli.js');
  const rebuild = spawnSync(process.execPath, [cli, '--version', electronVersion, '--module-dir', work, '--only', 'better-sqlite3', '--force'], { stdio: 'inherit' });
  if (rebuild.status !== 0) return 'better-sqlite3 could not be rebuilt for Electron (it needs Electron\'s headers from the internet and a C++ compiler)';
  mkdirSync(join(target, '..'), { recursive: true });
  cpSync(join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), target);
  rmSync(work, { recursive: true, force: true });
  return null;
}

export function electronSqlitePath(electronVersion) {
  return join(root, 'dist', 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
}
