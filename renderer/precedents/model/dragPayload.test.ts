import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../../host/corpus/loadBundledCorpus';
import { indexCorpus, type CorpusIndex } from '../../../shared/corpus/corpusIndex';
import { precedentRowView } from '../../../shared/query/precedentRowView';
import { dragPayload } from './dragPayload';

let index: CorpusIndex;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
});
const rows = (ids: string[]) => ids.map((id) => precedentRowView(index, index.paragraphs.get(id)!));

describe('dragPayload', () => {
  // Typographic citations keep "par." and its number together with a no-break space.
  it('carries the ids for the draft and the text with its citation for anything else', () => {
    const ids = ['CTOC/COP/WG.7/2015/6#25', 'CTOC/COP/WG.7/2012/6#6'];
    const payload = dragPayload(rows(ids), 'fr');
    expect(JSON.parse(payload.ids)).toEqual(ids);
    const [first, second] = payload.plain.split('\n\n');
    expect(first).toBe(`${index.paragraphs.get(ids[0]!)!.text.fr} (CTOC/COP/WG.7/2015/6, par.\u00a025)`);
    expect(second).toContain('(CTOC/COP/WG.7/2012/6, par.\u00a06)');
  });

  it('without an English version, carries the French words with the French citation, never a translation', () => {
    const id = 'CTOC/COP/WG.7/2015/6#25';
    const payload = dragPayload(rows([id]), 'en');
    expect(index.paragraphs.get(id)!.text.en).toBeUndefined();
    expect(payload.plain).toBe(`${index.paragraphs.get(id)!.text.fr} (CTOC/COP/WG.7/2015/6, par.\u00a025)`);
  });
});
