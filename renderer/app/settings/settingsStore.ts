import type { DeskHost, DeskSettings } from '../../../shared/host/DeskHost';

export interface SettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  subscribe(listener: () => void): () => void;
  /** Resolves once pending changes have reached the host. */
  flush(): Promise<void>;
}

const SAVE_DELAY_MS = 250;

/**
 * Keeps the settings in memory and saves them shortly after they change. Other features save
 * settings too, so a save re-reads the host's copy and writes only the keys changed here on top
 * of it, instead of overwriting their keys with a stale snapshot.
 */
export function createSettingsStore(host: Pick<DeskHost, 'getSettings' | 'saveSettings'>, initial: DeskSettings): SettingsStore {
  let values: DeskSettings = { ...initial };
  let pending: DeskSettings = {};
  let timer: ReturnType<typeof setTimeout> | null = null;
  let saving: Promise<void> = Promise.resolve();
  const listeners = new Set<() => void>();

  async function save(): Promise<void> {
    timer = null;
    const changes = pending;
    pending = {};
    try {
      const current = await host.getSettings();
      await host.saveSettings({ ...current, ...changes });
    } catch (error) {
      // Settings are preferences, not the user's writing: keep them in memory and retry with the next change.
      pending = { ...changes, ...pending };
      console.warn('Settings could not be saved', error);
    }
  }

  return {
    get: (key) => values[key],
    set(key, value) {
      values = { ...values, [key]: value };
      pending[key] = value;
      for (const listener of listeners) listener();
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        saving = saving.then(save);
      }, SAVE_DELAY_MS);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async flush() {
      if (timer) {
        clearTimeout(timer);
        saving = saving.then(save);
      }
      await saving;
    },
  };
}
