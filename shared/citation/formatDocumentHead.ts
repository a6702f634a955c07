import type { Body, CorpusDocument, Lang } from '../corpus/model';
import { formatDateRange } from './formatDateRange';

const REPORT_OF: Record<Body, Record<Lang, string>> = {
  wg: {
    en: 'Report of the Working Group on the Smuggling of Migrants',
    fr: 'Rapport du Groupe de travail sur le trafic illicite de migrants',
  },
  cop: {
    en: 'Report of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
    fr: 'Rapport de la Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée',
  },
};

const KIND_WORD: Record<'decision' | 'resolution', Record<Lang, string>> = {
  decision: { en: 'decision', fr: 'décision' },
  resolution: { en: 'resolution', fr: 'résolution' },
};

/** Places the sources name, in both languages; a place not listed is printed as the source gives it. */
const PLACES: readonly Record<Lang, string>[] = [
  { fr: 'Vienne', en: 'Vienna' },
  { fr: 'Genève', en: 'Geneva' },
  { fr: 'New York', en: 'New York' },
  { fr: 'Palerme', en: 'Palermo' },
];

function placeIn(place: string, lang: Lang): string {
  const known = PLACES.find((names) => names.fr === place || names.en === place);
  return known ? known[lang] : place;
}

export const SYMBOL_NOT_GIVEN: Record<Lang, string> = {
  en: '[symbol not given in source]',
  fr: '[cote non indiquée dans la source]',
};

/**
 * The part of a citation before the locator: the symbol (plus "decision 4/5" for decisions and
 * resolutions), or, for a document whose symbol no source gives, a description built from its
 * body, place and dates. Never a guessed symbol.
 */
export function formatDocumentHead(document: CorpusDocument, lang: Lang): string {
  const parts: string[] = [];
  if (document.symbol) {
    parts.push(document.symbol);
  } else {
    parts.push(REPORT_OF[document.body][lang]);
    if (document.place) parts.push(placeIn(document.place, lang));
    if (document.dates) parts.push(formatDateRange(document.dates, lang));
  }
  if (document.kind !== 'report' && document.number) {
    parts.push(`${KIND_WORD[document.kind][lang]} ${document.number}`);
  }
  return parts.join(', ');
}
