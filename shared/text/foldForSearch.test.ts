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
    const { folded, origins } = foldWithOrigins(text);
    expect(folded).toBe("mise en oeuvre de l'etat");
    expect(origins).toHaveLength(folded.length + 1);
    expect(origins.at(-1)).toBe(text.length);
    [...folded].forEach((character, i) => expect(foldForSearch(text[origins[i]!]!)).toContain(character));
    expect(text[origins[folded.indexOf('oe')]!]).toBe('Œ');
    expect(text[origins[folded.indexOf('oe') + 1]!]).toBe('Œ');
  });
});
