import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsStore } from './SettingsStore';

let dir: string;
let store: SettingsStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-settings-'));
  store = new SettingsStore(join(dir, 'settings.json'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('SettingsStore', () => {
  it('starts empty and keeps what was saved, leaving no temporary file', async () => {
    expect(await store.get()).toEqual({});
    await store.save({ interfaceLanguage: 'fr', columnWidths: { text: 420 } });
    await store.save({ interfaceLanguage: 'en', columnWidths: { text: 380 } });
    expect(await new SettingsStore(join(dir, 'settings.json')).get()).toEqual({ interfaceLanguage: 'en', columnWidths: { text: 380 } });
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('refuses anything but a JSON object and keeps the previous settings', async () => {
    await store.save({ contentLanguage: 'fr' });
    for (const bad of [null, [1], 'en', 3]) await expect(store.save(bad)).rejects.toThrow('Settings must be a JSON object.');
    expect(await store.get()).toEqual({ contentLanguage: 'fr' });
  });

  it('sets an unreadable file aside untouched and starts from defaults', async () => {
    await writeFile(join(dir, 'settings.json'), '{"interfaceLanguage": "en", ');
    expect(await store.get()).toEqual({});
    const names = await readdir(dir);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^settings\.json\.unreadable-\d+$/);
    expect(await readFile(join(dir, names[0] ?? ''), 'utf8')).toBe('{"interfaceLanguage": "en", ');
  });
});
