import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../../host/corpus/loadBundledCorpus';
import { formatCitation } from '../../../shared/citation/formatCitation';
import { indexCorpus, type CorpusIndex } from '../../../shared/corpus/corpusIndex';
import { citationsFor } from './citationsFor';

let index: CorpusIndex;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
});

describe('citationsFor', () => {
  it("gives each paragraph's typographic citation in both languages, the same object when asked again", () => {
    const citations = citationsFor(index);
    const id = 'CTOC/COP/WG.7/2015/6#25';
    const citation = citations.get(id);
    expect(citation).toEqual({ fr: formatCitation(index, [id], 'fr', 'typographic'), en: formatCitation(index, [id], 'en', 'typographic') });
    expect(citation?.fr).toBe('CTOC/COP/WG.7/2015/6, par.\u00a025');
    expect(citations.get(id)).toBe(citation);
  });

  it('knows no id the corpus lacks', () => {
    expect(citationsFor(index).get('CTOC/COP/WG.7/2015/6#9999')).toBeUndefined();
  });
});
