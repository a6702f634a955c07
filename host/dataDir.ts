import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const DATA_DIR_ENV = 'PRECEDENT_DESK_DATA';

/** Where drafts and settings live: `PRECEDENT_DESK_DATA`, else the OS's per-user data folder. */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const fromEnv = env[DATA_DIR_ENV];
  if (fromEnv) return resolve(fromEnv);
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'Precedent Desk');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Precedent Desk');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'precedent-desk');
}
