import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { indexCorpus, type CorpusIndex } from '../corpus/corpusIndex';
import { buildPrecedentFacts } from './testing/buildPrecedentFacts';
import { strengthRank } from './inheritedWording';
import type { PrecedentSort } from './model';
import type { PrecedentFacts } from './PrecedentFacts';
import { NO_FILTERS, type PrecedentFilters } from './precedentFilters';
import { precedentRowView } from './precedentRowView';
import { queryPrecedentFacts } from './queryPrecedentFacts';

let index: CorpusIndex;
let facts: PrecedentFacts;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
  facts = buildPrecedentFacts(index);
});

const query = (changes: Partial<PrecedentFilters>, sort: PrecedentSort | null = null) => queryPrecedentFacts(facts, { ...NO_FILTERS, ...changes }, null, sort, true);
const shownIds = (changes: Partial<PrecedentFilters>, sort: PrecedentSort | null = null) => [...query(changes, sort).rows].map((row) => facts.ids[row]!);

describe('facet counts', () => {
  it('count, for each choice, the rows that choice would show with the other filters as they are', () => {
    const filters: Partial<PrecedentFilters> = { bodies: ['cop'], yearFrom: 2010, strengths: ['requests'] };
    const { counts } = query(filters);
    for (const [body, count] of Object.entries(counts!.bodies)) expect(count, body).toBe(shownIds({ ...filters, bodies: [body as 'wg'] }).length);
    for (const [key, count] of Object.entries(counts!.sessions)) expect(count, key).toBe(shownIds({ ...filters, sessions: [key] }).length);
    for (const [year, count] of Object.entries(counts!.years)) expect(count, year).toBe(shownIds({ ...filters, yearFrom: Number(year), yearTo: Number(year) }).length);
    for (const [strength, count] of Object.entries(counts!.strengths)) expect(count, strength).toBe(shownIds({ ...filters, strengths: [strength as 'urges'] }).length);
    for (const [addressee, count] of Object.entries(counts!.addressees)) expect(count, addressee).toBe(shownIds({ ...filters, addressees: [addressee as 'states'] }).length);
    for (const theme of index.corpus.themes) expect(counts!.themes[theme.id] ?? 0, theme.id).toBe(shownIds({ ...filters, themeIds: [theme.id] }).length);
  });

  it('react to the other filters but not to their own', () => {
    const all = query({}).counts!;
    const wgOnly = query({ bodies: ['wg'] }).counts!;
    expect(wgOnly.bodies).toEqual(all.bodies);
    expect(wgOnly.sessions['cop:3']).toBeUndefined();
    expect(all.sessions['cop:3']).toBeGreaterThan(0);
  });
});

describe('row order', () => {
  it('is the natural order unsorted, each sub-item after its parent', () => {
    const ids = shownIds({});
    const position = new Map(ids.map((id, i) => [id, i]));
    for (const id of ids) {
      const parentId = index.paragraphs.get(id)!.parentId;
      if (parentId && position.has(parentId)) expect(position.get(parentId)!).toBeLessThan(position.get(id)!);
    }
  });

  it('sorts siblings by year, newest first, keeping sub-items under their parent', () => {
    const ids = shownIds({}, { column: 'year', desc: true });
    const years = ids.map((id) => index.documents.get(index.paragraphs.get(id)!.docId)!.year);
    const topLevelYears = ids.filter((id) => !index.paragraphs.get(id)!.parentId).map((id) => index.documents.get(index.paragraphs.get(id)!.docId)!.year);
    expect(topLevelYears).toEqual([...topLevelYears].sort((a, b) => b - a));
    expect(years[0]).toBe(Math.max(...years));
    expect(new Set(ids).size).toBe(shownIds({}).length);
  });

  it('sorts by strength, strongest first, as the strength column shows it', () => {
    const ids = shownIds({ bodies: ['cop'] }, { column: 'strength', desc: false });
    const ranks = ids.filter((id) => !index.paragraphs.get(id)!.parentId).map((id) => strengthRank(precedentRowView(index, index.paragraphs.get(id)!).strengths));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('puts paragraphs without a compendium reference last, whichever way the reference is sorted', () => {
    for (const desc of [false, true]) {
      const ids = shownIds({}, { column: 'ref', desc }).filter((id) => !index.paragraphs.get(id)!.parentId);
      const withRef = ids.map((id) => index.paragraphs.get(id)!.compendiumRef !== null);
      expect(withRef.indexOf(false)).toBeGreaterThan(0);
      expect(withRef.slice(withRef.indexOf(false))).not.toContain(true);
    }
  });
});
