import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { indexCorpus } from '../../shared/corpus/corpusIndex';
import { phraseExcerpt } from './phraseExcerpt';

let i22 = '';
beforeAll(async () => {
  i22 = indexCorpus(await loadBundledCorpus()).byCompendiumRef.get('A:I.22')?.text.fr ?? '';
  expect(i22).toContain('devraient accorder une attention');
});

describe('phraseExcerpt', () => {
  it('cuts the text around the phrase at spaces, with ellipses where it was cut', () => {
    const excerpt = phraseExcerpt(i22, 'devraient accorder une attention', 40);
    expect(excerpt?.match).toBe('devraient accorder une attention');
    expect(excerpt?.before.startsWith('…')).toBe(true);
    expect(excerpt?.after.endsWith('…')).toBe(true);
    const shown = `${excerpt?.before.slice(1)}${excerpt?.match}${excerpt?.after.slice(0, -1)}`;
    expect(i22).toContain(shown);
    expect(shown.length).toBeLessThanOrEqual('devraient accorder une attention'.length + 2 * 40);
    expect(i22.charAt(i22.indexOf(shown) - 1)).toBe(' ');
  });

  it('finds the phrase whatever its typography and the case of a sentence start', () => {
    const opening = phraseExcerpt(i22, 'LES États  parties voudront peut\u2011être');
    expect(opening?.before).toBe('');
    expect(opening?.match).toBe('Les États parties voudront peut-être');
    expect(phraseExcerpt(i22, "consulaires à l'étranger")?.match).toBe('consulaires à l’étranger');
  });

  it('is null when the words are not there in that order', () => {
    expect(phraseExcerpt(i22, 'attention une accorder')).toBeNull();
    expect(phraseExcerpt(i22, '  ')).toBeNull();
  });
});
