import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Electron binary if it is already installed. Checked by hand: requiring `electron` would
 * try to download it, which on a machine without internet only fails slowly.
 */
export function installedElectronPath(): string | null {
  try {
    const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const executable = join(electronDir, 'dist', readFileSync(join(electronDir, 'path.txt'), 'utf8').trim());
    return existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

export function canRunElectron(): boolean {
  const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  return hasDisplay && installedElectronPath() !== null;
}
