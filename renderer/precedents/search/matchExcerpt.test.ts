import { describe, expect, it } from 'vitest';
import { matchExcerpt } from './matchExcerpt';

const long = `${'Les États parties devraient envisager de renforcer leur coopération. '.repeat(4)}Ils devraient désigner des tuteurs pour les enfants non accompagnés.`;

/** Three lines of a wide column: all of the text, 60 characters before a match. */
const wide = { leadChars: 60, maxChars: Infinity };

describe('matchExcerpt', () => {
  it('starts shortly before a match far into the text, at a word, with an ellipsis', () => {
    const { text: excerpt, matches } = matchExcerpt(long, 'tuteurs', wide);
    expect(excerpt.startsWith('…')).toBe(true);
    expect(matches.map(({ start, end }) => excerpt.slice(start, end))).toEqual(['tuteurs']);
    expect(excerpt).toContain('Ils devraient désigner des tuteurs');
    expect(excerpt.length).toBeLessThan(long.length);
    expect(long).toContain(excerpt.slice(1));
    expect(long.charAt(long.indexOf(excerpt.slice(1)) - 1)).toBe(' ');
  });

  it('keeps the whole text when the match is near the start, when nothing matches, without a query', () => {
    const near = matchExcerpt(long, 'parties', wide);
    expect(near.text).toBe(long);
    expect(near.matches.map(({ start, end }) => long.slice(start, end))).toEqual(['parties', 'parties', 'parties', 'parties']);
    expect(matchExcerpt(long, 'zzzz', wide)).toEqual({ text: long, matches: [] });
    expect(matchExcerpt(long, '  ', wide)).toEqual({ text: long, matches: [] });
  });

  it('starts a few words before a match when the room is one short line, and keeps what is near its start', () => {
    const oneLine = { leadChars: 12, maxChars: Infinity };
    const { text: excerpt, matches } = matchExcerpt(long, 'coopération', oneLine);
    expect(excerpt.startsWith('…')).toBe(true);
    const first = matches[0]!;
    expect(excerpt.slice(first.start, first.end)).toBe('coopération');
    expect(first.start).toBeLessThanOrEqual(1 + 12);
    expect(matchExcerpt(long, 'États', oneLine).text).toBe(long);
  });

  it('cuts what the room cannot show, with an ellipsis, keeping the marks before the cut and cutting one it splits', () => {
    const { text: cut, matches } = matchExcerpt(long, 'parties', { leadChars: 60, maxChars: 100 });
    expect(cut).toBe(`${long.slice(0, 100)}…`);
    expect(matches.map(({ start, end }) => cut.slice(start, end))).toEqual(['parties', 'parties']);
    const split = long.indexOf('parties', 100) + 3;
    const across = matchExcerpt(long, 'parties', { leadChars: 60, maxChars: split });
    expect(across.matches.map(({ start, end }) => across.text.slice(start, end))).toEqual(['parties', 'parties', 'par']);
    expect(matchExcerpt('court', 'court', { leadChars: 60, maxChars: 5 })).toEqual({ text: 'court', matches: [{ start: 0, end: 5 }] });
  });

  it('never cuts a character in two', () => {
    const text = `${'a'.repeat(9)}😀 et la suite`;
    expect(matchExcerpt(text, '', { leadChars: 60, maxChars: 10 }).text).toBe(`${'a'.repeat(9)}…`);
  });
});
