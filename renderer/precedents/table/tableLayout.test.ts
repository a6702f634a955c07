import { describe, expect, it } from 'vitest';
import { parseTableLayout } from './tableLayout';

describe('parseTableLayout', () => {
  it('starts with the body and meeting columns hidden and nothing sorted', () => {
    expect(parseTableLayout(undefined)).toEqual({ sorting: [], columnSizing: {}, columnVisibility: { body: false, session: false } });
  });

  it('keeps what the user chose', () => {
    const stored = { sorting: [{ id: 'year', desc: true }], columnSizing: { text: 520 }, columnVisibility: { body: true, themes: false } };
    expect(parseTableLayout(stored)).toEqual({ sorting: [{ id: 'year', desc: true }], columnSizing: { text: 520 }, columnVisibility: { body: true, session: false, themes: false } });
  });

  it('drops what it cannot use: unknown columns, wrong types, a hand-edited mess', () => {
    const stored = { sorting: [{ id: 'gone', desc: false }, { id: 'ref' }, 'year'], columnSizing: { text: -4, ref: 'wide', year: 90 }, columnVisibility: { nope: false, year: 'no' } };
    expect(parseTableLayout(stored)).toEqual({ sorting: [], columnSizing: { year: 90 }, columnVisibility: { body: false, session: false } });
    expect(parseTableLayout('garbage')).toEqual(parseTableLayout(undefined));
  });
});
