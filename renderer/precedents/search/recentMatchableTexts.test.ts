import { describe, expect, it } from 'vitest';
import { findMatches } from '../../../shared/search/findMatches';
import { recentMatchableText } from './recentMatchableTexts';

describe('recentMatchableText', () => {
  const text = 'Les États parties devraient renforcer la coopération internationale contre le trafic illicite de migrants.';

  it('matches as the text itself does, for each key typed', () => {
    for (const query of ['c', 'coop', 'coopér', 'cooperatoin', '"trafic illicite"', 'migrant etats', 'zzz']) {
      expect(findMatches(recentMatchableText(text), query)).toEqual(findMatches(text, query));
    }
  });

  it('prepares a text once while it is recent, and lets the oldest go after five hundred others', () => {
    const first = recentMatchableText(text);
    expect(recentMatchableText(text)).toBe(first);
    for (let i = 0; i < 499; i++) recentMatchableText(`paragraphe ${i}`);
    // Used again just now, so still kept after 499 others.
    expect(recentMatchableText(text)).toBe(first);
    for (let i = 0; i < 500; i++) recentMatchableText(`autre paragraphe ${i}`);
    expect(recentMatchableText(text)).not.toBe(first);
  });
});
