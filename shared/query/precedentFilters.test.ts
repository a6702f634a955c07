import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { indexCorpus, type CorpusIndex } from '../corpus/corpusIndex';
import { themeCounts } from '../corpus/themeCounts';
import { buildPrecedentFacts } from './testing/buildPrecedentFacts';
import type { PrecedentFacts } from './PrecedentFacts';
import { NO_FILTERS, type PrecedentFilters } from './precedentFilters';
import { queryPrecedentFacts } from './queryPrecedentFacts';

let index: CorpusIndex;
let facts: PrecedentFacts;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
  facts = buildPrecedentFacts(index);
});

function filter(changes: Partial<PrecedentFilters>, hits: ReadonlySet<string> | null = null): Set<string> {
  const marks = hits && Uint8Array.from(facts.ids, (id) => (hits.has(id) ? 1 : 0));
  return new Set([...queryPrecedentFacts(facts, { ...NO_FILTERS, ...changes }, marks, null, false).rows].map((row) => facts.ids[row]!));
}
const intersection = (a: ReadonlySet<string>, b: ReadonlySet<string>) => new Set([...a].filter((id) => b.has(id)));

describe('queryPrecedentFacts filters the bundled corpus', () => {
  it('shows every adopted paragraph and no report context by default', () => {
    const shown = filter({});
    const adopted = index.corpus.paragraphs.filter((paragraph) => paragraph.adopted);
    expect(shown.size).toBe(adopted.length);
    expect([...shown].every((id) => index.paragraphs.get(id)?.adopted)).toBe(true);
    expect(adopted.length).toBeLessThan(index.corpus.paragraphs.length);
  });

  it('adds the report context only when asked', () => {
    expect(filter({ includeContext: true }).size).toBe(index.corpus.paragraphs.length);
  });

  it('"Enfants (protection)" gives exactly III.21', () => {
    const ids = [...filter({ themeIds: ['enfants-protection'] })];
    expect(ids.map((id) => index.paragraphs.get(id)?.compendiumRef)).toEqual(['III.21']);
  });

  it('lists for each theme as many rows as `desk themes` counts with sub-items (one definition)', () => {
    for (const theme of index.corpus.themes) expect(filter({ themeIds: [theme.id] }).size, theme.id).toBe(themeCounts(index, theme.id).withSubItems);
    expect(themeCounts(index, 'assistance-technique')).toEqual({ cited: 23, withSubItems: 25 });
  });

  it('a group theme gives what its sub-themes give together', () => {
    const group = index.themes.get('enfants');
    expect(group?.isGroup).toBe(true);
    const union = new Set(group!.childIds.flatMap((id) => [...filter({ themeIds: [id] })]));
    expect(filter({ themeIds: ['enfants'] })).toEqual(union);
  });

  it('a theme citing a paragraph brings its sub-items with it', () => {
    const cited = index.corpus.themes.flatMap((theme) => theme.paragraphIds.map((id) => ({ theme, paragraph: index.paragraphs.get(id) })));
    const withSubItems = cited.find(({ paragraph }) => paragraph && paragraph.childIds.length > 0);
    expect(withSubItems).toBeDefined();
    const shown = filter({ themeIds: [withSubItems!.theme.id] });
    for (const childId of withSubItems!.paragraph!.childIds) expect(shown).toContain(childId);
  });

  it('combines different filters as AND and values of one filter as OR', () => {
    const cop = filter({ bodies: ['cop'] });
    const recent = filter({ yearFrom: 2010 });
    const both = filter({ bodies: ['cop'], yearFrom: 2010 });
    expect(both).toEqual(intersection(cop, recent));
    expect(both.size).toBeGreaterThan(0);
    expect(both.size).toBeLessThan(cop.size);
    const either = filter({ bodies: ['cop', 'wg'] });
    expect(either).toEqual(filter({}));
  });

  it('keeps a year range inclusive at both ends', () => {
    const shown = filter({ yearFrom: 2015, yearTo: 2015 });
    const years = new Set([...shown].map((id) => index.documents.get(index.paragraphs.get(id)!.docId)!.year));
    expect([...years]).toEqual([2015]);
  });

  it('gives a sub-item without a verb of its own the strength of its lead-in', () => {
    const subItem = index.corpus.paragraphs.find((paragraph) => paragraph.adopted && paragraph.parentId && paragraph.strengths.length === 0 && index.paragraphs.get(paragraph.parentId)!.strengths.length > 0);
    expect(subItem).toBeDefined();
    const parentStrength = index.paragraphs.get(subItem!.parentId!)!.strengths[0]!;
    expect(filter({ strengths: [parentStrength] })).toContain(subItem!.id);
  });

  it('keeps only search hits, combined with the other filters', () => {
    const hits = new Set(['CTOC/COP/WG.7/2015/6#25', 'CTOC/COP/2012/15#al.5', 'no-such-paragraph']);
    expect(filter({}, hits)).toEqual(intersection(hits, filter({})));
    expect(filter({ bodies: ['wg'] }, hits)).toEqual(new Set(['CTOC/COP/WG.7/2015/6#25']));
  });
});
