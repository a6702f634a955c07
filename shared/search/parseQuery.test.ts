import { describe, expect, it } from 'vitest';
import { phraseGoingOn } from './parseQuery';

describe('the phrase a query ends in, typed on past a space', () => {
  it('is the open phrase, folded, when a space follows its last word', () => {
    expect(phraseGoingOn('"trafic ')).toBe('trafic');
    expect(phraseGoingOn('migrants « Trafic  Illicite ')).toBe('trafic illicite');
  });

  it('is none while a word is typed, once the phrase is closed, outside a phrase or with no word', () => {
    for (const query of ['"trafic', '"trafic i', '"trafic" ', 'trafic ', '" ', '"-- ', '']) expect(phraseGoingOn(query), query).toBeNull();
  });
});
