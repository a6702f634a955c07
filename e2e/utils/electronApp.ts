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

/** Why the `electron` project cannot run on this machine, or null when it can. */
export function electronSkipReason(): string | null {
  if (installedElectronPath() === null) {
    return 'the Electron binary is not installed (`npm start` downloads it, on a machine with internet)';
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'there is no display (DISPLAY is not set; run the tests under xvfb-run)';
  }
  return null;
}
