import { useCallback, useMemo, useState } from 'react';

export interface RowSelectionState {
  selected: ReadonlySet<string>;
  /** The row the keyboard is on. */
  activeId: string | null;
  /** Where a Shift range starts. */
  anchorId: string | null;
}

export type SelectionMode =
  /** Plain click or arrow: this row only. */
  | 'replace'
  /** Ctrl/Cmd+click, Ctrl+Space: add or remove this row. */
  | 'toggle'
  /** Shift+click, Shift+arrow: everything between the anchor and this row. */
  | 'extend'
  /** Ctrl+arrow: move the keyboard without changing the selection. */
  | 'move';

export const NO_SELECTION: RowSelectionState = { selected: new Set(), activeId: null, anchorId: null };

/** `orderedIds` has holes where the host has not sent a row yet. */
export function selectionAfter(state: RowSelectionState, orderedIds: readonly (string | undefined)[], id: string, mode: SelectionMode): RowSelectionState {
  switch (mode) {
    case 'replace':
      return { selected: new Set([id]), activeId: id, anchorId: id };
    case 'toggle': {
      const selected = new Set(state.selected);
      if (selected.has(id)) selected.delete(id);
      else selected.add(id);
      return { selected, activeId: id, anchorId: id };
    }
    case 'extend': {
      const anchorId = state.anchorId ?? state.activeId ?? id;
      const from = orderedIds.indexOf(anchorId);
      const to = orderedIds.indexOf(id);
      if (from < 0 || to < 0) return { selected: new Set([id]), activeId: id, anchorId: id };
      const range = orderedIds.slice(Math.min(from, to), Math.max(from, to) + 1).filter((rangeId) => rangeId !== undefined);
      return { selected: new Set(range), activeId: id, anchorId };
    }
    case 'move':
      return { ...state, activeId: id };
  }
}

export interface RowSelection {
  activeId: string | null;
  isSelected(id: string): boolean;
  /** Selected rows still shown, in the order shown. */
  selectedIds: string[];
  select(id: string, mode: SelectionMode): void;
  /** Selects these ids (every id of the result, which the caller fetched). */
  selectAll(ids: readonly string[]): void;
}

/** Multi-row selection over the rows currently shown; rows filtered out drop out of it. */
export function useRowSelection(orderedIds: readonly (string | undefined)[]): RowSelection {
  const [state, setState] = useState<RowSelectionState>(NO_SELECTION);
  // forEach and filter skip the holes of rows not fetched yet: a large result costs its fetched rows.
  const shown = useMemo(() => {
    const ids = new Set<string>();
    orderedIds.forEach((id) => id !== undefined && ids.add(id));
    return ids;
  }, [orderedIds]);
  const selectedIds = useMemo(() => orderedIds.filter((id) => id !== undefined && state.selected.has(id)) as string[], [orderedIds, state.selected]);
  const select = useCallback((id: string, mode: SelectionMode) => setState((current) => selectionAfter(current, orderedIds, id, mode)), [orderedIds]);
  const selectAll = useCallback((ids: readonly string[]) => setState((current) => ({ ...current, selected: new Set(ids) })), []);
  return {
    activeId: state.activeId && shown.has(state.activeId) ? state.activeId : null,
    isSelected: (id) => state.selected.has(id) && shown.has(id),
    selectedIds,
    select,
    selectAll,
  };
}
