import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedWords } from './changedWords';

const SOURCE = 'Les États parties devraient renforcer la coopération entre les services de détection et de répression.';

describe('the changed words of modified agreed language', () => {
  it('marks only a word typed over another, and says which word it replaced', () => {
    const text = SOURCE.replace('renforcer', 'intensifier');
    const { added, removed } = changedWords(SOURCE, text);
    expect(added.map(({ start, end }) => text.slice(start, end))).toEqual(['intensifier']);
    expect(removed).toEqual([{ at: text.indexOf('intensifier'), text: 'renforcer' }]);
  });

  it('marks words added at the end and a deletion in the middle, and nothing for spacing alone', () => {
    const text = `${SOURCE.replace(' entre les services', '').replace('.', ',')} en mer.`;
    const { added, removed } = changedWords(SOURCE, text);
    expect(added.map(({ start, end }) => text.slice(start, end))).toEqual([', en mer']);
    expect(removed.map((each) => each.text)).toEqual(['entre les services']);
    expect(changedWords(SOURCE, SOURCE.replace('États parties', 'États  parties'))).toEqual({ added: [], removed: [] });
  });

  it('gives trimmed ranges of the text: without them, and with the removed words put back, the text is the source again', () => {
    const words = SOURCE.split(' ');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom('NOUVEAU', 'et', 'ne', 'pas')), { minLength: 1, maxLength: 20 }), (picked) => {
        const text = picked.join(' ');
        const { added, removed } = changedWords(SOURCE, text);
        for (const { start, end } of added) {
          expect(start).toBeLessThan(end);
          expect(text.slice(start, end)).toBe(text.slice(start, end).trim());
        }
        let rebuilt = '';
        for (let index = 0; index <= text.length; index++) {
          rebuilt += removed.filter((each) => each.at === index).map((each) => each.text).join('');
          if (index < text.length && !added.some((range) => index >= range.start && index < range.end)) rebuilt += text[index];
        }
        expect(rebuilt.replace(/\s/g, '')).toBe(SOURCE.replace(/\s/g, ''));
      }),
    );
  });
});
