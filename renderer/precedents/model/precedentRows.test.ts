import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../../host/corpus/loadBundledCorpus';
import { indexCorpus, type CorpusIndex } from '../../../shared/corpus/corpusIndex';
import { displayOrder } from './displayOrder';
import { buildPrecedentRows, type PrecedentRow } from './precedentRows';

let index: CorpusIndex;
let order: Map<string, number>;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
  order = displayOrder(index);
});

const flatten = (rows: readonly PrecedentRow[]): PrecedentRow[] => rows.flatMap((row) => [row, ...flatten(row.subRows)]);

describe('buildPrecedentRows', () => {
  it('puts every sub-item under its parent, in document order', () => {
    const adopted = new Set(index.corpus.paragraphs.filter((paragraph) => paragraph.adopted).map((paragraph) => paragraph.id));
    const rows = buildPrecedentRows(index, adopted, order);
    const flat = flatten(rows);
    expect(flat).toHaveLength(adopted.size);
    for (const row of flat) for (const child of row.subRows) expect(child.paragraph.parentId).toBe(row.id);
    expect(rows.every((row) => row.paragraph.parentId === null || !adopted.has(row.paragraph.parentId))).toBe(true);
    const positions = flat.map((row) => row.order);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('starts with the first meeting of the Working Group and ends with the Conference', () => {
    const rows = buildPrecedentRows(index, new Set(index.corpus.paragraphs.filter((paragraph) => paragraph.adopted).map((paragraph) => paragraph.id)), order);
    expect(rows[0]?.paragraph.compendiumRef).toBe('I.1');
    expect(rows.at(-1)?.document.body).toBe('cop');
  });

  it('shows a sub-item whose parent is filtered out on its own, still indented as a sub-item', () => {
    const subItem = index.corpus.paragraphs.find((paragraph) => paragraph.kind === 'subitem' && paragraph.adopted);
    expect(subItem).toBeDefined();
    const rows = buildPrecedentRows(index, new Set([subItem!.id]), order);
    expect(rows.map((row) => row.id)).toEqual([subItem!.id]);
    expect(rows[0]?.depth).toBeGreaterThan(0);
  });
});
