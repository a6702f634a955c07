import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { createSearchIndex, type SearchIndex } from './searchIndex';
import { describeSearchContract } from './testing/searchContract';

const frenchDocs = (corpus: Awaited<ReturnType<typeof loadBundledCorpus>>) => corpus.paragraphs.flatMap((paragraph) => (paragraph.text.fr ? [{ id: paragraph.id, text: paragraph.text.fr }] : []));

describeSearchContract('createSearchIndex', loadBundledCorpus, async (corpus) => {
  const index = createSearchIndex(frenchDocs(corpus));
  return (query) => index.search(query);
});

describe('createSearchIndex ranking', () => {
  let index: SearchIndex;
  beforeAll(async () => {
    index = createSearchIndex(frenchDocs(await loadBundledCorpus()));
  });

  it('gives the best results first: a limit keeps the head of the full ranking', () => {
    for (const query of ['migrants', 'etats parties', 'coopér', '"trafic illicite de migrants"', "l'article"]) {
      const all = index.search(query);
      expect(all.length).toBeGreaterThan(10);
      expect(new Set(all).size).toBe(all.length);
      expect(index.search(query, { limit: 10 })).toEqual(all.slice(0, 10));
    }
  });


  it('gives nothing for a limit of 0', () => {
    expect(index.search('migrants', { limit: 0 })).toEqual([]);
  });
});
