const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const monthNumber = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;

/**
 * Reads a French date range as the sources print it: "du 30 mai au 1er juin 2012",
 * "du 11 au 13 novembre 2013", "les 4 et 5 juillet 2018", "27 et 28 juin 2022".
 */
export function parseFrenchDateRange(text: string): { start: string; end: string } | null {
  const cleaned = text.replace(/(\d+)\s*er\b/g, '$1').replace(/\s+/g, ' ');
  const monthPattern = MONTHS.join('|');
  const twoMonths = new RegExp(`(\\d{1,2}) (${monthPattern}) (?:au|et) (\\d{1,2}) (${monthPattern}) (\\d{4})`, 'i').exec(cleaned);
  if (twoMonths) {
    const year = Number(twoMonths[5]);
    return {
      start: iso(year, monthNumber(twoMonths[2]!), Number(twoMonths[1])),
      end: iso(year, monthNumber(twoMonths[4]!), Number(twoMonths[3])),
    };
  }
  const oneMonth = new RegExp(`(\\d{1,2}) (?:au|et) (\\d{1,2}) (${monthPattern}) (\\d{4})`, 'i').exec(cleaned);
  if (oneMonth) {
    const year = Number(oneMonth[4]);
    const month = monthNumber(oneMonth[3]!);
    return { start: iso(year, month, Number(oneMonth[1])), end: iso(year, month, Number(oneMonth[2])) };
  }
  return null;
}
