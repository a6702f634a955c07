import { ADDRESSEES, STRENGTHS } from './inheritedWording';

/**
 * What the filters, the counts and the sort need of every paragraph, one typed array per fact,
 * rows in the browser's natural order (row n is the n-th paragraph of displayOrder). Kept small
 * and flat so the host holds 100,000 paragraphs in a few megabytes and filters them in one pass.
 */
export interface PrecedentFacts {
  /** Paragraph id of each row. */
  ids: readonly string[];
  /** Row of the paragraph's parent, -1 for a top-level paragraph. */
  parent: Int32Array;
  /** 1 for adopted text, 0 for report context. */
  adopted: Uint8Array;
  /** 1 when the paragraph has a compendium reference. */
  hasRef: Uint8Array;
  /** 0 Working Group, 1 Conference of the Parties. */
  body: Uint8Array;
  meeting: Uint16Array;
  year: Uint16Array;
  /** Inherited strengths and addressees as bits (STRENGTHS, ADDRESSEES order). */
  strengths: Uint8Array;
  addressees: Uint8Array;
  /** Rows each theme cites, with their sub-items (the index cites whole paragraphs); its sub-themes apart. */
  themeRows: ReadonlyMap<string, Int32Array>;
  themeChildren: ReadonlyMap<string, readonly string[]>;
}

export const BODY_CODES = ['wg', 'cop'] as const;

/** The per-row facts of `ids`, zeroed, for a source to fill in. */
export function emptyRowFacts(ids: readonly string[]): Omit<PrecedentFacts, 'themeRows' | 'themeChildren'> {
  const count = ids.length;
  return {
    ids,
    parent: new Int32Array(count),
    adopted: new Uint8Array(count),
    hasRef: new Uint8Array(count),
    body: new Uint8Array(count),
    meeting: new Uint16Array(count),
    year: new Uint16Array(count),
    strengths: new Uint8Array(count),
    addressees: new Uint8Array(count),
  };
}

export function strengthBits(strengths: readonly string[]): number {
  return strengths.reduce((bits, strength) => bits | (1 << STRENGTHS.indexOf(strength as (typeof STRENGTHS)[number])), 0);
}

export function addresseeBits(addressees: readonly string[]): number {
  return addressees.reduce((bits, addressee) => bits | (1 << ADDRESSEES.indexOf(addressee as (typeof ADDRESSEES)[number])), 0);
}

/** Themes and all their sub-themes. */
export function themeClosureOf(facts: Pick<PrecedentFacts, 'themeChildren'>, themeIds: readonly string[]): string[] {
  const closure = new Set<string>();
  const visit = (id: string) => {
    if (closure.has(id)) return;
    closure.add(id);
    for (const childId of facts.themeChildren.get(id) ?? []) visit(childId);
  };
  themeIds.forEach(visit);
  return [...closure];
}
