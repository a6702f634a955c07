import { describe, expect, it } from 'vitest';
import { fuzzyPrefixLength } from './fuzzyPrefixLength';

describe('fuzzyPrefixLength', () => {
  it('counts a swap of two neighbours, a missing, an extra or a wrong letter as one edit', () => {
    expect(fuzzyPrefixLength('cooperatoin', 'cooperation', 1)).toBe(11);
    expect(fuzzyPrefixLength('migrnts', 'migrants', 1)).toBe(8);
    expect(fuzzyPrefixLength('migraants', 'migrants', 1)).toBe(8);
    expect(fuzzyPrefixLength('migrents', 'migrants', 1)).toBe(8);
  });

  it('matches the beginning of a longer word, preferring the longer of equally close prefixes', () => {
    expect(fuzzyPrefixLength('cooperato', 'cooperation', 1)).toBe(10);
    expect(fuzzyPrefixLength('mesurs', 'mesures', 1)).toBe(7);
  });

  it('refuses words further than the allowed number of edits', () => {
    expect(fuzzyPrefixLength('cooperatoin', 'coordination', 2)).toBeNull();
    expect(fuzzyPrefixLength('migrnts', 'migration', 1)).toBeNull();
    expect(fuzzyPrefixLength('enfnts', 'en', 1)).toBeNull();
  });
});
