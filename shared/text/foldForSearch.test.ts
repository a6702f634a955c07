import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { foldForSearch, foldWithOrigins } from './foldForSearch';

let texts: string[];
beforeAll(async () => {
  texts = (await loadBundledCorpus()).paragraphs.flatMap((paragraph) => (paragraph.text.fr ? [paragraph.text.fr] : []));
});

describe('foldForSearch', () => {
  it('lower-cases and removes accents, composed or decomposed', () => {
    expect(foldForSearch('États Membres, COOPÉRATION, Ça, où')).toBe('etats membres, cooperation, ca, ou');
    expect(foldForSearch('Coope\u0301ration')).toBe('cooperation');
  });

  it('reduces typographic apostrophes, quotes, hyphens and ligatures to what a keyboard types', () => {
    expect(foldForSearch('l’enfant l‘enfant lʼenfant')).toBe("l'enfant l'enfant l'enfant");
    expect(foldForSearch('« Protocole » “relatif” „x”')).toBe('" protocole " "relatif" "x"');
    expect(foldForSearch('porte‑parole porte‐parole')).toBe('porte-parole porte-parole');
    expect(foldForSearch('mise en Œuvre, ex æquo')).toBe('mise en oeuvre, ex aequo');
  });

  it('turns any run of whitespace, non-breaking and narrow non-breaking spaces included, into one space', () => {
    expect(foldForSearch('article\u00a032 ; 1er\u202fjuin\t\n  2012 \u00a0 fin')).toBe('article 32 ; 1er juin 2012 fin');
    expect(foldForSearch(' a  b ')).toBe(' a b ');
  });

  it('leaves nothing of the corpus with an accent, a capital or a typographic apostrophe', () => {
    for (const text of texts) expect(foldForSearch(text)).not.toMatch(/[\p{M}\p{Lu}’«»“”]|\s{2}|[^\S ]/u);
  });
});

describe('foldWithOrigins', () => {
  it('folds every corpus paragraph exactly as foldForSearch does, in any Unicode normal form', () => {
    for (const text of texts) {
      expect(foldWithOrigins(text).folded).toBe(foldForSearch(text));
      expect(foldWithOrigins(text.normalize('NFD')).folded).toBe(foldForSearch(text));
    }
  });

  it('says which original character every folded character comes from', () => {
    const text = 'Mise en Œuvre\u00a0 de l’É\u0301tat';
    const { folded, originOf } = foldWithOrigins(text);
    expect(folded).toBe("mise en oeuvre de l'etat");
    expect(originOf(folded.length)).toBe(text.length);
    [...folded].forEach((character, i) => expect(foldForSearch(text[originOf(i)]!)).toContain(character));
    expect(text[originOf(folded.indexOf('oe'))]).toBe('Œ');
    expect(text[originOf(folded.indexOf('oe') + 1)]).toBe('Œ');
  });

  it('gives every character of the Basic Multilingual Plane its fold and its origin', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCharCode(code);
      const { folded, originOf } = foldWithOrigins(character);
      const origins = Array.from({ length: folded.length + 1 }, (_, i) => originOf(i));
      if (folded !== foldForSearch(character) || origins.join() !== [...Array(folded.length).fill(0), 1].join()) wrong.push(`U+${code.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('folds any mix of plain, accented, decomposed, spaced and astral characters as one character at a time does', () => {
    const pieces = ['a', 'É', 'é', 'e\u0301', 'œ', 'Æ', 'ß', 'İ', ' ', '  ', '\u00a0', '\u202f', '\t', '’', '«', '‑', '…', '¹', '𝐀', '😀', 'ﬁ', '-', "'", '7'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const { folded, originOf } = foldWithOrigins(text);
        const expected = foldOneAtATime(text);
        expect(folded).toBe(expected.folded);
        expect(Array.from({ length: folded.length + 1 }, (_, i) => originOf(i))).toEqual(expected.origins);
      }),
    );
  });
});

/** The folding's definition, one character at a time: each character's own fold, a run of spaces made one. */
function foldOneAtATime(text: string): { folded: string; origins: number[] } {
  let folded = '';
  const origins: number[] = [];
  let index = 0;
  for (const character of text) {
    const piece = foldForSearch(character);
    if (!(piece === ' ' && folded.endsWith(' '))) {
      folded += piece;
      origins.push(...Array(piece.length).fill(index));
    }
    index += character.length;
  }
  return { folded, origins: [...origins, text.length] };
}
