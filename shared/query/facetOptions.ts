import type { Body, CorpusDocument, Strength, Addressee } from '../corpus/model';
import type { PrecedentFacts } from './PrecedentFacts';
import { ADDRESSEES, STRENGTHS } from './inheritedWording';
import { sessionKey } from './precedentFilters';

export interface SessionOption {
  key: string;
  body: Body;
  meeting: number;
  year: number;
}

export interface FacetOptions {
  bodies: Body[];
  sessions: SessionOption[];
  years: number[];
  strengths: Strength[];
  addressees: Addressee[];
}

/** The values the library actually holds, so no facet offers a choice that can only give nothing. */
export function facetOptionsOf(documents: readonly Pick<CorpusDocument, 'body' | 'meeting' | 'year'>[], facts: Pick<PrecedentFacts, 'strengths' | 'addressees'>): FacetOptions {
  const sessions = new Map<string, SessionOption>();
  const years = new Set<number>();
  for (const document of documents) {
    const key = sessionKey(document);
    if (!sessions.has(key)) sessions.set(key, { key, body: document.body, meeting: document.meeting, year: document.year });
    years.add(document.year);
  }
  // Inherited strengths and addressees are those of the parents: the same values in all.
  let strengthBitsFound = 0;
  let addresseeBitsFound = 0;
  for (let row = 0; row < facts.strengths.length; row++) {
    strengthBitsFound |= facts.strengths[row]!;
    addresseeBitsFound |= facts.addressees[row]!;
  }
  const sortedSessions = [...sessions.values()].sort((a, b) => (a.body === b.body ? a.meeting - b.meeting : a.body === 'wg' ? -1 : 1));
  return {
    bodies: (['wg', 'cop'] as const).filter((body) => sortedSessions.some((session) => session.body === body)),
    sessions: sortedSessions,
    years: [...years].sort((a, b) => a - b),
    strengths: STRENGTHS.filter((_, bit) => strengthBitsFound & (1 << bit)),
    addressees: ADDRESSEES.filter((_, bit) => addresseeBitsFound & (1 << bit)),
  };
}
