import { describe, expect, it } from 'vitest';
import { KnownIds, NO_ROWS } from './RowOrder';

describe('KnownIds', () => {
  it('knows the ids of the pages that came, by position and by id, in a result of any size', () => {
    const ids = new KnownIds(70_000);
    ids.add(0, 'first');
    ids.add(69_999, 'last');
    const order = ids.view();
    expect(order.count).toBe(70_000);
    expect([order.idAt(0), order.idAt(1), order.idAt(69_999)]).toEqual(['first', undefined, 'last']);
    expect([order.positionOf('last'), order.positionOf('not fetched')]).toEqual([69_999, -1]);
  });

  it('gives a new view once more ids came, and the new view sees them', () => {
    const ids = new KnownIds(3);
    const before = ids.view();
    ids.add(1, 'b');
    const after = ids.view();
    expect(after).not.toBe(before);
    expect(after.positionOf('b')).toBe(1);
  });

  it('an empty result has no row', () => {
    expect([NO_ROWS.count, NO_ROWS.idAt(0), NO_ROWS.positionOf('a')]).toEqual([0, undefined, -1]);
  });
});
