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
  // Counted first, so the rows go straight into a typed array (70,000 pushed to an array took milliseconds).
  let shownCount = 0;
  for (let row = 0; row < failures.length; row++) if (failures[row] === 0) shownCount++;
  const shown = new Int32Array(shownCount);
  for (let row = 0, at = 0; row < failures.length; row++) if (failures[row] === 0) shown[at++] = row;
  return { rows: orderRows(facts, shown, sort), counts: withCounts ? countFacets(facts, failures) : null };
}

function failedFilters(facts: PrecedentFacts, filters: PrecedentFilters, hits: Uint8Array | null): Uint8Array {
  const count = facts.ids.length;
  const failures = new Uint8Array(count);
  const themed = filters.themeIds.length > 0 ? rowsOfThemes(facts, filters.themeIds) : null;
  const bodies = new Set(filters.bodies.map((body) => BODY_CODES.indexOf(body)));
  const sessions = new Set(filters.sessions.flatMap((key) => sessionCode(key) ?? []));
  const strengths = strengthBits(filters.strengths);
  const addressees = addresseeBits(filters.addressees);
  for (let row = 0; row < count; row++) {
    let failed = 0;
    if ((facts.adopted[row] === 0 && !filters.includeContext) || (hits !== null && hits[row] !== 1)) failed |= FAILS_BASE;
    if (themed && themed[row] !== 1) failed |= FAILS_THEME;
    if (bodies.size > 0 && !bodies.has(facts.body[row]!)) failed |= FAILS_BODY;
    if (sessions.size > 0 && !sessions.has(facts.body[row]! * 1000 + facts.meeting[row]!)) failed |= FAILS_SESSION;
    if ((filters.yearFrom !== null && facts.year[row]! < filters.yearFrom) || (filters.yearTo !== null && facts.year[row]! > filters.yearTo)) failed |= FAILS_YEAR;
    if (strengths !== 0 && (facts.strengths[row]! & strengths) === 0) failed |= FAILS_STRENGTH;
    if (addressees !== 0 && (facts.addressees[row]! & addressees) === 0) failed |= FAILS_ADDRESSEE;
    failures[row] = failed;
  }
  return failures;
}

/** A session key (sessionKey) as body * 1000 + meeting, the form the facts hold; null for a key of no session. */
function sessionCode(key: string): number | null {
  const [body, meeting] = key.split(':');
  const bodyCode = BODY_CODES.indexOf(body as (typeof BODY_CODES)[number]);
  return bodyCode < 0 || !/^\d+$/.test(meeting ?? '') ? null : bodyCode * 1000 + Number(meeting);
}

/** Marks (1) the rows the themes or their sub-themes cite. */
function rowsOfThemes(facts: PrecedentFacts, themeIds: readonly string[]): Uint8Array {
  const marks = new Uint8Array(facts.ids.length);
  for (const themeId of themeClosureOf(facts, themeIds)) for (const row of facts.themeRows.get(themeId) ?? []) marks[row] = 1;
  return marks;
}

function countFacets(facts: PrecedentFacts, failures: Uint8Array): FacetCounts {
  // Counted by number in typed arrays (a session is body * 1000 + meeting), named at the end:
  // 100,000 rows are counted in a few milliseconds.
  const bodies = new Uint32Array(BODY_CODES.length);
  const sessions = new Uint32Array(2000);
  const years = new Uint32Array(10_000);
  const strengths = new Uint32Array(STRENGTHS.length);
  const addressees = new Uint32Array(ADDRESSEES.length);
  const themeBase = new Uint8Array(failures.length);
  for (let row = 0; row < failures.length; row++) {
    const failed = failures[row]!;
    if ((failed & ~FAILS_BODY) === 0) bodies[facts.body[row]!]!++;
    if ((failed & ~FAILS_SESSION) === 0) sessions[facts.body[row]! * 1000 + facts.meeting[row]!]!++;
    if ((failed & ~FAILS_YEAR) === 0) years[facts.year[row]!]!++;
    if ((failed & ~FAILS_STRENGTH) === 0) for (let bit = 0, bits = facts.strengths[row]!; bits !== 0; bit++, bits >>= 1) if (bits & 1) strengths[bit]!++;
    if ((failed & ~FAILS_ADDRESSEE) === 0) for (let bit = 0, bits = facts.addressees[row]!; bits !== 0; bit++, bits >>= 1) if (bits & 1) addressees[bit]!++;
    if ((failed & ~FAILS_THEME) === 0) themeBase[row] = 1;
  }
  const named = <K extends string>(counts: Uint32Array, name: (index: number) => K): Partial<Record<K, number>> => {
    const record: Partial<Record<K, number>> = {};
    counts.forEach((count, index) => {
      if (count > 0) record[name(index)] = count;
    });
    return record;
  };
  return {
    bodies: named(bodies, (index) => BODY_CODES[index]!),
    sessions: named(sessions, (index) => sessionKey({ body: BODY_CODES[Math.floor(index / 1000)]!, meeting: index % 1000 })) as Record<string, number>,
    years: named(years, String) as Record<string, number>,
    strengths: named(strengths, (index) => STRENGTHS[index]!),
    addressees: named(addressees, (index) => ADDRESSEES[index]!),
    themes: countThemes(facts, themeBase),
  };
}

/** Rows each theme and its sub-themes cite among the marked ones, each row once per theme. */
function countThemes(facts: PrecedentFacts, marked: Uint8Array): Record<string, number> {
  const counts: Record<string, number> = {};
  const seen = new Uint32Array(marked.length);
  let turn = 0;
  for (const [themeId, closure] of themeClosures(facts)) {
    turn++;
    let count = 0;
    for (const closureId of closure) {
      for (const row of facts.themeRows.get(closureId) ?? []) {
        if (marked[row] === 1 && seen[row] !== turn) {
          seen[row] = turn;
          count++;
        }
      }
    }
    counts[themeId] = count;
  }
  return counts;
}

const closuresOf = new WeakMap<PrecedentFacts, Map<string, string[]>>();

/** Each theme with its sub-themes, worked out once per set of facts. */
function themeClosures(facts: PrecedentFacts): Map<string, string[]> {
  let closures = closuresOf.get(facts);
  if (!closures) {
    closures = new Map([...facts.themeChildren.keys()].map((themeId) => [themeId, themeClosureOf(facts, [themeId])]));
    closuresOf.set(facts, closures);
  }
  return closures;
}

/**
 * The shown rows as a tree flattened in order: each row under its nearest shown ancestor, the
 * siblings of each level sorted (ties keep the natural order, rows without a compendium reference
 * last when sorting by it), as the table showed them when it sorted in the window.
 */
function orderRows(facts: PrecedentFacts, shown: Int32Array, sort: PrecedentSort | null): Int32Array {
  // Rows are in natural order and a parent precedes its sub-items: unsorted, that is the order.
  if (sort === null) return shown;
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
