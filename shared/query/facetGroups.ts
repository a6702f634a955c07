import type { PrecedentFacts } from './PrecedentFacts';

/**
 * The rows sharing every counted fact (body, session, year, strengths, addressees) form a group. A
 * count adds one per row to its group and spreads the groups over the facets at the end: a few
 * thousand groups, instead of five facets and their bits for each of 100,000 rows at every key.
 */
export interface FacetGroups {
  /** The group of each row. */
  ofRow: Int32Array;
  /** Each group's facts (a session is body * 1000 + meeting). */
  body: Uint8Array;
  session: Uint16Array;
  year: Uint16Array;
  strengths: Uint8Array;
  addressees: Uint8Array;
}

const groupsOf = new WeakMap<PrecedentFacts, FacetGroups>();

/** The facts' groups, worked out once per set of facts. */
export function facetGroupsOf(facts: PrecedentFacts): FacetGroups {
  let groups = groupsOf.get(facts);
  if (!groups) groupsOf.set(facts, (groups = groupRows(facts)));
  return groups;
}

function groupRows(facts: PrecedentFacts): FacetGroups {
  const count = facts.ids.length;
  const ofRow = new Int32Array(count);
  const groupOfKey = new Map<number, number>();
  const firstRows: number[] = [];
  for (let row = 0; row < count; row++) {
    // Below 2^53: body 1 bit, meeting and year 16 each, strengths and addressees 8 each.
    const key = (((facts.body[row]! * 65_536 + facts.meeting[row]!) * 65_536 + facts.year[row]!) * 256 + facts.strengths[row]!) * 256 + facts.addressees[row]!;
    let group = groupOfKey.get(key);
    if (group === undefined) {
      groupOfKey.set(key, (group = firstRows.length));
      firstRows.push(row);
    }
    ofRow[row] = group;
  }
  const of = <T extends Uint8Array | Uint16Array>(array: T, fact: (row: number) => number): T => {
    firstRows.forEach((row, group) => (array[group] = fact(row)));
    return array;
  };
  const groupCount = firstRows.length;
  return {
    ofRow,
    body: of(new Uint8Array(groupCount), (row) => facts.body[row]!),
    session: of(new Uint16Array(groupCount), (row) => facts.body[row]! * 1000 + facts.meeting[row]!),
    year: of(new Uint16Array(groupCount), (row) => facts.year[row]!),
    strengths: of(new Uint8Array(groupCount), (row) => facts.strengths[row]!),
    addressees: of(new Uint8Array(groupCount), (row) => facts.addressees[row]!),
  };
}
