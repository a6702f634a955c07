import type { FacetCounts, PrecedentSort } from './model';
import { ADDRESSEES, STRENGTHS } from './inheritedWording';
import { addresseeBits, BODY_CODES, strengthBits, themeClosureOf, type PrecedentFacts } from './PrecedentFacts';
import { sessionKey, type PrecedentFilters } from './precedentFilters';

// Each filter a row fails sets one bit; a facet's counts are over the rows failing no other filter.
const FAILS_BASE = 1; // report context not asked for, or not a search hit
const FAILS_THEME = 2;
const FAILS_BODY = 4;
const FAILS_SESSION = 8;
const FAILS_YEAR = 16;
const FAILS_STRENGTH = 32;
const FAILS_ADDRESSEE = 64;

export interface FactsQueryResult {
  /** The shown rows in the order shown: each under its nearest shown ancestor, siblings sorted. */
  rows: Int32Array;
  counts: FacetCounts | null;
}

/**
 * Filters, counts and orders the rows: the same rows as filterParagraphIds for the same filters.
 * `hits` marks the search hits (1), or is null without a query.
 */
export function queryPrecedentFacts(facts: PrecedentFacts, filters: PrecedentFilters, hits: Uint8Array | null, sort: PrecedentSort | null, withCounts: boolean): FactsQueryResult {
  const failures = failedFilters(facts, filters, hits);
  const shown: number[] = [];
  for (let row = 0; row < failures.length; row++) if (failures[row] === 0) shown.push(row);
  return { rows: orderRows(facts, shown, sort), counts: withCounts ? countFacets(facts, failures) : null };
}

function failedFilters(facts: PrecedentFacts, filters: PrecedentFilters, hits: Uint8Array | null): Uint8Array {
  const count = facts.ids.length;
  const failures = new Uint8Array(count);
  const themed = filters.themeIds.length > 0 ? rowsOfThemes(facts, filters.themeIds) : null;
  const bodies = new Set(filters.bodies.map((body) => BODY_CODES.indexOf(body)));
  const sessions = new Set(filters.sessions);
  const strengths = strengthBits(filters.strengths);
  const addressees = addresseeBits(filters.addressees);
  for (let row = 0; row < count; row++) {
    let failed = 0;
    if ((facts.adopted[row] === 0 && !filters.includeContext) || (hits !== null && hits[row] !== 1)) failed |= FAILS_BASE;
    if (themed && themed[row] !== 1) failed |= FAILS_THEME;
    if (bodies.size > 0 && !bodies.has(facts.body[row]!)) failed |= FAILS_BODY;
    if (sessions.size > 0 && !sessions.has(rowSessionKey(facts, row))) failed |= FAILS_SESSION;
    if ((filters.yearFrom !== null && facts.year[row]! < filters.yearFrom) || (filters.yearTo !== null && facts.year[row]! > filters.yearTo)) failed |= FAILS_YEAR;
    if (strengths !== 0 && (facts.strengths[row]! & strengths) === 0) failed |= FAILS_STRENGTH;
    if (addressees !== 0 && (facts.addressees[row]! & addressees) === 0) failed |= FAILS_ADDRESSEE;
    failures[row] = failed;
  }
  return failures;
}

function rowSessionKey(facts: PrecedentFacts, row: number): string {
  return sessionKey({ body: BODY_CODES[facts.body[row]!]!, meeting: facts.meeting[row]! });
}

/** Marks (1) the rows the themes or their sub-themes cite. */
function rowsOfThemes(facts: PrecedentFacts, themeIds: readonly string[]): Uint8Array {
  const marks = new Uint8Array(facts.ids.length);
  for (const themeId of themeClosureOf(facts, themeIds)) for (const row of facts.themeRows.get(themeId) ?? []) marks[row] = 1;
  return marks;
}

function countFacets(facts: PrecedentFacts, failures: Uint8Array): FacetCounts {
  const counts: FacetCounts = { bodies: {}, sessions: {}, years: {}, strengths: {}, addressees: {}, themes: {} };
  const add = <K extends string>(record: Partial<Record<K, number>>, key: K) => (record[key] = (record[key] ?? 0) + 1);
  const passesAllBut = (row: number, facet: number) => (failures[row]! & ~facet) === 0;
  const themeBase = new Uint8Array(failures.length);
  for (let row = 0; row < failures.length; row++) {
    if (passesAllBut(row, FAILS_BODY)) add(counts.bodies, BODY_CODES[facts.body[row]!]!);
    if (passesAllBut(row, FAILS_SESSION)) add(counts.sessions, rowSessionKey(facts, row));
    if (passesAllBut(row, FAILS_YEAR)) add(counts.years, String(facts.year[row]));
    if (passesAllBut(row, FAILS_STRENGTH)) STRENGTHS.forEach((strength, bit) => facts.strengths[row]! & (1 << bit) && add(counts.strengths, strength));
    if (passesAllBut(row, FAILS_ADDRESSEE)) ADDRESSEES.forEach((addressee, bit) => facts.addressees[row]! & (1 << bit) && add(counts.addressees, addressee));
    if (passesAllBut(row, FAILS_THEME)) themeBase[row] = 1;
  }
  // A row cited by a theme and by one of its sub-themes counts once: marks carry the theme's turn.
  const seen = new Uint32Array(failures.length);
  let turn = 0;
  for (const themeId of facts.themeChildren.keys()) {
    turn++;
    let count = 0;
    for (const closureId of themeClosureOf(facts, [themeId])) {
      for (const row of facts.themeRows.get(closureId) ?? []) {
        if (themeBase[row] === 1 && seen[row] !== turn) {
          seen[row] = turn;
          count++;
        }
      }
    }
    counts.themes[themeId] = count;
  }
  return counts;
}

/**
 * The shown rows as a tree flattened in order: each row under its nearest shown ancestor, the
 * siblings of each level sorted (ties keep the natural order, rows without a compendium reference
 * last when sorting by it), as the table showed them when it sorted in the window.
 */
function orderRows(facts: PrecedentFacts, shown: number[], sort: PrecedentSort | null): Int32Array {
  // Rows are in natural order and a parent precedes its sub-items: unsorted, that is the order.
  if (sort === null) return Int32Array.from(shown);
  const isShown = new Uint8Array(facts.ids.length);
  for (const row of shown) isShown[row] = 1;
  const children = new Map<number, number[]>();
  for (const row of shown) {
    let parent = facts.parent[row]!;
    while (parent !== -1 && isShown[parent] !== 1) parent = facts.parent[parent]!;
    const siblings = children.get(parent) ?? [];
    siblings.push(row);
    children.set(parent, siblings);
  }
  const compare = rowComparator(facts, sort);
  const ordered: number[] = [];
  const visit = (parent: number) => {
    for (const row of (children.get(parent) ?? []).sort(compare)) {
      ordered.push(row);
      visit(row);
    }
  };
  visit(-1);
  return Int32Array.from(ordered);
}

function rowComparator(facts: PrecedentFacts, { column, desc }: PrecedentSort): (a: number, b: number) => number {
  const key = sortKey(facts, column);
  return (a, b) => {
    if (column === 'ref' && facts.hasRef[a] !== facts.hasRef[b]) return facts.hasRef[a] === 1 ? -1 : 1;
    const difference = Math.sign(key(a) - key(b));
    return (desc ? -difference : difference) || a - b;
  };
}

function sortKey(facts: PrecedentFacts, column: PrecedentSort['column']): (row: number) => number {
  switch (column) {
    case 'ref':
    case 'citation':
      return (row) => row;
    case 'strength':
      return (row) => strengthRankOfBits(facts.strengths[row]!);
    case 'year':
      return (row) => facts.year[row]!;
    case 'body':
      return (row) => facts.body[row]!;
    case 'session':
      return (row) => facts.body[row]! * 1000 + facts.meeting[row]!;
  }
}

/** The rank of the strongest strength (STRENGTHS order), or STRENGTHS.length for none. */
function strengthRankOfBits(bits: number): number {
  for (let bit = 0; bit < STRENGTHS.length; bit++) if (bits & (1 << bit)) return bit;
  return STRENGTHS.length;
}
