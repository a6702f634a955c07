import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { indexCorpus, type CorpusIndex } from '../corpus/corpusIndex';
import { normalizeWording, sameWording, tokenizeWords } from './normalizeWording';

let index: CorpusIndex;
let i22: string;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
  i22 = index.byCompendiumRef.get('A:I.22')?.text.fr ?? '';
});

/** Replaces the word at token `position` of `text`. */
function replaceWord(text: string, position: number, word: string): string {
  const token = tokenizeWords(text)[position];
  if (!token) throw new Error(`No word ${position}`);
  return text.slice(0, token.start) + word + text.slice(token.end);
}

describe('sameWording: typography is not wording', () => {
  it('ignores apostrophe styles, non-breaking spaces and line breaks', () => {
    expect(i22).toContain('’'); // the original report prints typographic apostrophes
    const typed = i22.replace(/’/g, "'").replace(/ de /g, '\u00a0de\u202f').replace('. En cas', '.\n\nEn cas');
    expect(sameWording(i22, typed)).toBe(true);
  });

  it('ignores footnote markers, markdown emphasis and quotation mark styles', () => {
    const marked = replaceWord(i22, 3, `${tokenizeWords(i22)[3]?.text}¹`).replace('Vienne', 'Vienne<sup>12</sup>').replace('Les États', '*Les États*');
    expect(sameWording(i22, marked)).toBe(true);
    expect(sameWording('le document « Migrant smuggling by air »', 'le document "Migrant smuggling by air"')).toBe(true);
    expect(sameWording('le document “Migrant smuggling by air”', 'le document « Migrant smuggling by air »')).toBe(true);
  });

  it('ignores the œ ligature and non-breaking hyphens', () => {
    const text = index.byCompendiumRef.get('A:VI.21')?.text.fr ?? '';
    expect(text).toContain('œuvre');
    expect(sameWording(text, text.replace('œuvre', 'oeuvre'))).toBe(true);
    expect(sameWording(i22, i22.replace('peut-être', 'peut\u2011être'))).toBe(true);
  });

  it('counts a changed accent or a changed case inside a sentence', () => {
    expect(sameWording(i22, i22.replace('États parties devraient', 'Etats parties devraient'))).toBe(false);
    expect(sameWording(i22, i22.replace('Convention de Vienne', 'convention de Vienne'))).toBe(false);
    expect(sameWording(i22, replaceWord(i22, 5, 'examiner'))).toBe(false);
  });

  it('compares the first word of a sentence without case, on either side', () => {
    const subItem = index.byCompendiumRef.get('A:V.1.a')?.text.fr ?? '';
    expect(subItem.startsWith('Faciliter')).toBe(true);
    expect(sameWording(subItem, `f${subItem.slice(1)}`)).toBe(true);
    expect(sameWording(i22, i22.replace('En cas de détention', 'en cas de détention'))).toBe(true);
  });
});

describe('tokenizeWords', () => {
  it('keeps offsets into the original text, elisions as their own words, hyphenated words whole', () => {
    const tokens = tokenizeWords(i22);
    for (const token of tokens) expect(i22.slice(token.start, token.end)).toBe(token.text);
    const keys = tokens.map((token) => token.key);
    expect(keys).toContain("l'");
    expect(keys).toContain("d'");
    expect(keys).toContain('peut-être');
    expect(keys.some((key) => key.includes('’'))).toBe(false);
  });

  it('skips footnote markers but keeps ordinal superscripts ("1^{er}" is the word 1er)', () => {
    expect(tokenizeWords('la Convention¹⁴, du 30 mai au 1^{er} juin 2012²⁴').map((token) => token.key)).toEqual([
      'la', 'Convention', 'du', '30', 'mai', 'au', '1er', 'juin', '2012',
    ]);
  });
});

describe('normalizeWording', () => {
  it('gives one canonical form for typographic variants and keeps the words as they are', () => {
    expect(normalizeWording('l’ONUDC  a publié «\u00a0Migrant smuggling\u00a0» ;\nvoir¹')).toBe('l\'ONUDC a publié "Migrant smuggling"; voir');
    expect(normalizeWording(i22.replace(/’/g, "'"))).toBe(normalizeWording(i22));
    expect(normalizeWording('Les États')).not.toBe(normalizeWording('les Etats'));
  });
});
