import { describe, expect, it } from 'vitest';
import { matchExcerpt } from './matchExcerpt';

const long = `${'Les États parties devraient envisager de renforcer leur coopération. '.repeat(4)}Ils devraient désigner des tuteurs pour les enfants non accompagnés.`;

describe('matchExcerpt', () => {
  it('starts shortly before a match far into the text, at a word, with an ellipsis', () => {
    const { text: excerpt, matches } = matchExcerpt(long, 'tuteurs');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(matches.map(({ start, end }) => excerpt.slice(start, end))).toEqual(['tuteurs']);
    expect(excerpt).toContain('Ils devraient désigner des tuteurs');
    expect(excerpt.length).toBeLessThan(long.length);
    expect(long).toContain(excerpt.slice(1));
    expect(long.charAt(long.indexOf(excerpt.slice(1)) - 1)).toBe(' ');
  });

  it('keeps the whole text when the match is near the start, when nothing matches, without a query', () => {
    const near = matchExcerpt(long, 'parties');
    expect(near.text).toBe(long);
    expect(near.matches.map(({ start, end }) => long.slice(start, end))).toEqual(['parties', 'parties', 'parties', 'parties']);
    expect(matchExcerpt(long, 'zzzz')).toEqual({ text: long, matches: [] });
    expect(matchExcerpt(long, '  ')).toEqual({ text: long, matches: [] });
  });
});
