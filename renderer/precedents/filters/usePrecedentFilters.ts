import { useCallback, useMemo, useState } from 'react';
import { NO_FILTERS, type PrecedentFilters } from '../../../shared/query/precedentFilters';

type ListKey = { [K in keyof PrecedentFilters]: PrecedentFilters[K] extends readonly string[] ? K : never }[keyof PrecedentFilters];

export interface FilterActions {
  set<K extends keyof PrecedentFilters>(key: K, value: PrecedentFilters[K]): void;
  /** Adds the value to a list filter, or removes it if it is there. */
  toggle<K extends ListKey>(key: K, value: PrecedentFilters[K][number]): void;
  clearAll(): void;
}

export function usePrecedentFilters(): [PrecedentFilters, FilterActions] {
  const [filters, setFilters] = useState<PrecedentFilters>(NO_FILTERS);
  const set = useCallback(<K extends keyof PrecedentFilters>(key: K, value: PrecedentFilters[K]) => setFilters((current) => ({ ...current, [key]: value })), []);
  const toggle = useCallback(
    <K extends ListKey>(key: K, value: PrecedentFilters[K][number]) =>
      setFilters((current) => {
        const list = current[key] as readonly string[];
        return { ...current, [key]: list.includes(value) ? list.filter((entry) => entry !== value) : [...list, value] };
      }),
    [],
  );
  const clearAll = useCallback(() => setFilters(NO_FILTERS), []);
  return [filters, useMemo(() => ({ set, toggle, clearAll }), [set, toggle, clearAll])];
}
