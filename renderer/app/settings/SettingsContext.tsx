import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import type { SettingsStore } from './settingsStore';

export const SettingsContext = createContext<SettingsStore | null>(null);

function useSettingsStore(): SettingsStore {
  const store = useContext(SettingsContext);
  if (!store) throw new Error('useSetting needs a SettingsContext provider (see renderer/app/startWindow.tsx).');
  return store;
}

/**
 * One remembered preference. `parse` turns whatever the host has stored (possibly from an older
 * version, possibly hand-edited) into a valid value, falling back to a default.
 */
export function useSetting<T>(key: string, parse: (raw: unknown) => T): [T, (next: T | ((current: T) => T)) => void] {
  const store = useSettingsStore();
  const raw = useSyncExternalStore(store.subscribe, () => store.get(key));
  const value = useMemo(() => parse(raw), [parse, raw]);
  const setValue = useCallback(
    // The updater form reads the store, not this render's value: a column drag sends many updates between renders.
    (next: T | ((current: T) => T)) => store.set(key, next instanceof Function ? next(parse(store.get(key))) : next),
    [store, key, parse],
  );
  return [value, setValue];
}
