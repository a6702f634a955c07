import { describe, expect, it } from 'vitest';
import type { DeskSettings } from '../../../shared/host/DeskHost';
import { createSettingsStore } from './settingsStore';

function memoryHost(initial: DeskSettings) {
  let stored = { ...initial };
  const saves: DeskSettings[] = [];
  return {
    saves,
    stored: () => stored,
    /** Another feature writing its own key behind the store's back. */
    writeElsewhere: (key: string, value: unknown) => {
      stored = { ...stored, [key]: value };
    },
    host: {
      getSettings: async () => ({ ...stored }),
      saveSettings: async (settings: DeskSettings) => {
        saves.push(settings);
        stored = { ...settings };
      },
    },
  };
}

describe('createSettingsStore', () => {
  it('answers from memory at once and saves changes together', async () => {
    const memory = memoryHost({ interfaceLanguage: 'fr' });
    const store = createSettingsStore(memory.host, memory.stored());
    store.set('interfaceLanguage', 'en');
    store.set('contentLanguage', 'en');
    expect(store.get('interfaceLanguage')).toBe('en');
    await store.flush();
    expect(memory.saves).toHaveLength(1);
    expect(memory.stored()).toEqual({ interfaceLanguage: 'en', contentLanguage: 'en' });
  });

  it('does not overwrite keys another feature saved in the meantime', async () => {
    const memory = memoryHost({ interfaceLanguage: 'fr' });
    const store = createSettingsStore(memory.host, memory.stored());
    memory.writeElsewhere('draft.lastOpened', 'draft-1');
    store.set('interfaceLanguage', 'en');
    await store.flush();
    expect(memory.stored()).toEqual({ interfaceLanguage: 'en', 'draft.lastOpened': 'draft-1' });
  });

  it('tells subscribers of every change', () => {
    const memory = memoryHost({});
    const store = createSettingsStore(memory.host, {});
    const seen: unknown[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.get('k')));
    store.set('k', 1);
    unsubscribe();
    store.set('k', 2);
    expect(seen).toEqual([1]);
  });

  it('keeps a change that failed to save and sends it with the next one', async () => {
    const memory = memoryHost({});
    let fail = true;
    const host = {
      getSettings: memory.host.getSettings,
      saveSettings: async (settings: DeskSettings) => {
        if (fail) throw new Error('disk full');
        await memory.host.saveSettings(settings);
      },
    };
    const store = createSettingsStore(host, {});
    const warn = console.warn;
    console.warn = () => {};
    try {
      store.set('a', 1);
      await store.flush();
    } finally {
      console.warn = warn;
    }
    fail = false;
    store.set('b', 2);
    await store.flush();
    expect(memory.stored()).toEqual({ a: 1, b: 2 });
  });
});
