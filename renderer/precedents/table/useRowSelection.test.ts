import { describe, expect, it } from 'vitest';
import { KnownIds, type RowOrder } from '../results/RowOrder';
import { NO_SELECTION, selectionAfter, type RowSelectionState } from './useRowSelection';

/** A result of `count` rows whose ids came at these positions. */
function orderOf(count: number, known: Record<number, string>): RowOrder {
  const ids = new KnownIds(count);
  for (const [position, id] of Object.entries(known)) ids.add(Number(position), id);
  return ids.view();
}

const ids = orderOf(5, ['a', 'b', 'c', 'd', 'e']);
const selected = (state: RowSelectionState) => [...state.selected].sort();

describe('selectionAfter', () => {
  it('a plain click or arrow selects one row and anchors there', () => {
    const state = selectionAfter(selectionAfter(NO_SELECTION, ids, 'b', 'replace'), ids, 'd', 'replace');
    expect(selected(state)).toEqual(['d']);
    expect(state).toMatchObject({ activeId: 'd', anchorId: 'd' });
  });

  it('Shift extends from the anchor, both ways, and re-extending replaces the range', () => {
    let state = selectionAfter(NO_SELECTION, ids, 'b', 'replace');
    state = selectionAfter(state, ids, 'd', 'extend');
    expect(selected(state)).toEqual(['b', 'c', 'd']);
    state = selectionAfter(state, ids, 'a', 'extend');
    expect(selected(state)).toEqual(['a', 'b']);
    expect(state.anchorId).toBe('b');
  });

  it('Ctrl toggles a row in or out without touching the others', () => {
    let state = selectionAfter(NO_SELECTION, ids, 'a', 'replace');
    state = selectionAfter(state, ids, 'c', 'toggle');
    expect(selected(state)).toEqual(['a', 'c']);
    state = selectionAfter(state, ids, 'a', 'toggle');
    expect(selected(state)).toEqual(['c']);
  });

  it('Ctrl+arrow moves the keyboard only', () => {
    const state = selectionAfter(selectionAfter(NO_SELECTION, ids, 'a', 'replace'), ids, 'c', 'move');
    expect(selected(state)).toEqual(['a']);
    expect(state.activeId).toBe('c');
  });

  it('Shift over rows whose pages have not come takes the rows known between its ends', () => {
    const partial = orderOf(100_000, { 0: 'a', 1: 'b', 2: 'c', 70_000: 'x', 70_001: 'y' });
    const state = selectionAfter(selectionAfter(NO_SELECTION, partial, 'b', 'replace'), partial, 'x', 'extend');
    expect(selected(state)).toEqual(['b', 'c', 'x']);
  });

  it('extending from a row that is no longer shown starts afresh', () => {
    const state = selectionAfter({ selected: new Set(['z']), activeId: 'z', anchorId: 'z' }, ids, 'c', 'extend');
    expect(selected(state)).toEqual(['c']);
  });
});
