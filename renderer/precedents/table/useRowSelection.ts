import { useCallback, useMemo, useState } from 'react';
import type { RowOrder } from '../results/RowOrder';

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

/** `order` knows the ids of the rows the host has sent; a Shift range takes those between its ends. */
export function selectionAfter(state: RowSelectionState, order: RowOrder, id: string, mode: SelectionMode): RowSelectionState {
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
      const from = order.positionOf(anchorId);
      const to = order.positionOf(id);
      if (from < 0 || to < 0) return { selected: new Set([id]), activeId: id, anchorId: id };
      const selected = new Set<string>();
      for (let position = Math.min(from, to); position <= Math.max(from, to); position++) {
        const rangeId = order.idAt(position);
        if (rangeId !== undefined) selected.add(rangeId);
      }
      return { selected, activeId: id, anchorId };
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
export function useRowSelection(order: RowOrder): RowSelection {
  const [state, setState] = useState<RowSelectionState>(NO_SELECTION);
  const isShown = (id: string) => order.positionOf(id) >= 0;
  // The selected rows, not the result, are walked: a key typed costs the selection's size.
  const selectedIds = useMemo(
    () =>
      [...state.selected]
        .map((id) => [id, order.positionOf(id)] as const)
        .filter(([, position]) => position >= 0)
        .sort((a, b) => a[1] - b[1])
        .map(([id]) => id),
    [order, state.selected],
  );
  const select = useCallback((id: string, mode: SelectionMode) => setState((current) => selectionAfter(current, order, id, mode)), [order]);
  const selectAll = useCallback((ids: readonly string[]) => setState((current) => ({ ...current, selected: new Set(ids) })), []);
  return {
    activeId: state.activeId && isShown(state.activeId) ? state.activeId : null,
    isSelected: (id) => state.selected.has(id) && isShown(id),
    selectedIds,
    select,
    selectAll,
  };
}
