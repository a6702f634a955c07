import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { indexCorpus, type CorpusIndex } from '../corpus/corpusIndex';
import { LANGS } from '../corpus/model';
import { formatCitation } from './formatCitation';
import { parseCitation } from './parseCitation';

let index: CorpusIndex;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
});

const ids = (citation: string, contextDocumentId?: string) => {
  const parsed = parseCitation(index, citation, { contextDocumentId });
  return parsed.ok ? parsed.paragraphIds : parsed;
};

describe('parseCitation inverts formatCitation', () => {
  it('for every paragraph of the corpus, in both languages and both typographies', () => {
    const failures: string[] = [];
    for (const paragraph of index.corpus.paragraphs) {
      for (const lang of LANGS) {
        for (const typography of ['plain', 'typographic'] as const) {
          const citation = formatCitation(index, [paragraph.id], lang, typography);
          const parsed = parseCitation(index, citation);
          if (!parsed.ok || parsed.paragraphIds.join() !== paragraph.id) failures.push(`${citation} -> ${JSON.stringify(parsed)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(index.corpus.paragraphs.length).toBeGreaterThan(400);
  });

  it('for series and several documents', () => {
    const series = ['CTOC/COP/WG.7/2012/6#23', 'CTOC/COP/WG.7/2012/6#24', 'CTOC/COP/WG.7/2012/6#25', 'CTOC/COP/2012/15#al.5'];
    for (const lang of LANGS) expect(ids(formatCitation(index, series, lang))).toEqual(series);
  });
});

describe('parseCitation reads what delegates type', () => {
  it('reads a locator alone in the document of the citation before', () => {
    expect(ids('para. 25', 'CTOC/COP/WG.7/2012/6')).toEqual(['CTOC/COP/WG.7/2012/6#25']);
    expect(ids('par. 23 à 25', 'CTOC/COP/WG.7/2012/6')).toEqual(['CTOC/COP/WG.7/2012/6#23', 'CTOC/COP/WG.7/2012/6#24', 'CTOC/COP/WG.7/2012/6#25']);
    expect(ids('par. 25')).toEqual({ ok: false, problem: 'no-document' });
  });

  it('reads a decision or resolution by its number', () => {
    expect(ids('résolution 6/3, par. 9 c)')).toEqual(['CTOC/COP/2012/15#9.c']);
    expect(ids('resolution 6/3, para. 9(c)')).toEqual(['CTOC/COP/2012/15#9.c']);
    expect(ids('décision 4/5, al. j) ii)')).toEqual(['CTOC/COP/2008/19#j.ii']);
    expect(ids('CTOC/COP/WG.7/2012/6, paragraphe 25')).toEqual(['CTOC/COP/WG.7/2012/6#25']);
  });

  it('says what is wrong with a citation that names nothing in the corpus', () => {
    expect(ids('CTOC/COP/WG.7/2012/6, par. 99')).toEqual({ ok: false, problem: 'no-such-paragraph', documentId: 'CTOC/COP/WG.7/2012/6', locators: ['par. 99'] });
    expect(ids('A/RES/70/1, par. 3')).toEqual({ ok: false, problem: 'unknown-document', document: 'A/RES/70/1' });
    expect(ids('résolution 9/9, par. 1')).toEqual({ ok: false, problem: 'unknown-document', document: 'résolution 9/9' });
  });
});
