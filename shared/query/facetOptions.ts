import type { CorpusIndex } from '../corpus/corpusIndex';
import type { Addressee, Body, Strength } from '../corpus/model';
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

/** The values the corpus actually holds, so no facet offers a choice that can only give nothing. */
export function facetOptions(index: CorpusIndex): FacetOptions {
  const sessions = new Map<string, SessionOption>();
  const years = new Set<number>();
  for (const document of index.corpus.documents) {
    const key = sessionKey(document);
    if (!sessions.has(key)) sessions.set(key, { key, body: document.body, meeting: document.meeting, year: document.year });
    years.add(document.year);
  }
  const strengths = new Set<Strength>();
  const addressees = new Set<Addressee>();
  for (const paragraph of index.corpus.paragraphs) {
    for (const strength of paragraph.strengths) strengths.add(strength);
    for (const addressee of paragraph.addressees) addressees.add(addressee);
  }
  const sortedSessions = [...sessions.values()].sort((a, b) => (a.body === b.body ? a.meeting - b.meeting : a.body === 'wg' ? -1 : 1));
  return {
    bodies: (['wg', 'cop'] as const).filter((body) => sortedSessions.some((session) => session.body === body)),
    sessions: sortedSessions,
    years: [...years].sort((a, b) => a - b),
    strengths: STRENGTHS.filter((strength) => strengths.has(strength)),
    addressees: ADDRESSEES.filter((addressee) => addressees.has(addressee)),
  };
}
