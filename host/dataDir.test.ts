import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './dataDir';

describe('defaultDataDir', () => {
  it('uses PRECEDENT_DESK_DATA when set, made absolute', () => {
    expect(defaultDataDir({ PRECEDENT_DESK_DATA: 'desk-data' }, 'linux', '/home/d')).toBe(resolve('desk-data'));
  });

  it('follows each system’s per-user data folder', () => {
    expect(defaultDataDir({}, 'linux', '/home/d')).toBe(join('/home/d', '.local', 'share', 'precedent-desk'));
    expect(defaultDataDir({ XDG_DATA_HOME: '/data/d' }, 'linux', '/home/d')).toBe(join('/data/d', 'precedent-desk'));
    expect(defaultDataDir({}, 'darwin', '/Users/d')).toBe(join('/Users/d', 'Library', 'Application Support', 'Precedent Desk'));
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\d\\AppData\\Roaming' }, 'win32', 'C:\\Users\\d')).toBe(
      join('C:\\Users\\d\\AppData\\Roaming', 'Precedent Desk'),
    );
  });
});
