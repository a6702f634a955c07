import { beforeAll, describe, expect, test } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { indexCorpus, type CorpusIndex } from '../corpus/corpusIndex';
import { precedentText } from './precedentText';

let index: CorpusIndex;

beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
});

describe('precedentText', () => {
  test('a paragraph without sub-items is its own text', () => {
    const i22 = index.byCompendiumRef.get('A:I.22');
    expect(i22 && precedentText(index, i22.id, 'fr')).toBe(i22?.text.fr);
  });

  test('a paragraph with sub-items brings each on its own line, labelled as printed', () => {
    const parent = index.corpus.paragraphs.find((p) => p.childIds.length >= 2 && p.text.fr);
    if (!parent) throw new Error('the corpus has paragraphs with sub-items');
    const lines = precedentText(index, parent.id, 'fr')?.split('\n') ?? [];
    expect(lines[0]).toBe(parent.text.fr);
    expect(lines.slice(1)).toHaveLength(parent.childIds.length);
    parent.childIds.forEach((childId, i) => {
      const child = index.paragraphs.get(childId);
      expect(lines[i + 1]?.startsWith(`${child?.locator.items.at(-1)}) ${child?.text.fr}`)).toBe(true);
    });
  });

  test('no English text in the bundled French sources: undefined, never a stand-in', () => {
    const i22 = index.byCompendiumRef.get('A:I.22');
    expect(i22 && precedentText(index, i22.id, 'en')).toBeUndefined();
    expect(precedentText(index, 'CTOC/COP/WG.7/2099/1#1', 'fr')).toBeUndefined();
  });
});
