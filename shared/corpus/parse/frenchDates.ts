import type { Lang } from '../model';

const MONTHS: Record<Lang, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
};

/** What joins the two days: "du 30 mai au 1er juin", "27 et 28 juin"; "30 May to 1 June", "11–13 November", "4 and 5 July". */
const CONNECTORS: Record<Lang, string> = {
  fr: ' (?:au|et) ',
  en: '\\s*(?:to|and|-|–|—)\\s*',
};

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * Reads a date range as the documents print it, in French ("du 30 mai au 1er juin 2012",
 * "du 11 au 13 novembre 2013", "les 4 et 5 juillet 2018") or English ("from 30 May to 1 June 2012",
 * "11–13 November 2013", "on 4 and 5 July 2018").
 */
export function parseDateRange(text: string, lang: Lang): { start: string; end: string } | null {
  const cleaned = (lang === 'fr' ? text.replace(/(\d+)\s*er\b/g, '$1') : text.replace(/(\d+)(?:st|nd|rd|th)\b/g, '$1')).replace(/\s+/g, ' ');
  const months = MONTHS[lang];
  const monthNumber = (name: string) => months.indexOf(name.toLowerCase()) + 1;
  const monthPattern = months.join('|');
  const join = CONNECTORS[lang];
  const twoMonths = new RegExp(`(\\d{1,2}) (${monthPattern})${join}(\\d{1,2}) (${monthPattern}),? (\\d{4})`, 'i').exec(cleaned);
  if (twoMonths) {
    const year = Number(twoMonths[5]);
    return {
      start: iso(year, monthNumber(twoMonths[2]!), Number(twoMonths[1])),
      end: iso(year, monthNumber(twoMonths[4]!), Number(twoMonths[3])),
    };
  }
  const oneMonth = new RegExp(`(\\d{1,2})${join}(\\d{1,2}) (${monthPattern}),? (\\d{4})`, 'i').exec(cleaned);
  if (oneMonth) {
    const year = Number(oneMonth[4]);
    const month = monthNumber(oneMonth[3]!);
    return { start: iso(year, month, Number(oneMonth[1])), end: iso(year, month, Number(oneMonth[2])) };
  }
  return null;
}

export function parseFrenchDateRange(text: string): { start: string; end: string } | null {
  return parseDateRange(text, 'fr');
}
