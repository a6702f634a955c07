import type { Lang } from '../corpus/model';

const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

interface DayOfYear {
  year: number;
  month: number;
  day: number;
}

function parseIsoDate(iso: string): DayOfYear {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not an ISO date (YYYY-MM-DD): "${iso}"`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function monthName(lang: Lang, month: number): string {
  const name = MONTHS[lang][month - 1];
  if (!name) throw new Error(`Month out of range: ${month}`);
  return name;
}

/** French writes the first day of a month as an ordinal: "1er juin". */
function dayFr(day: number): string {
  return day === 1 ? '1er' : String(day);
}

/**
 * Meeting dates as UN documents print them: `27–28 June 2022`, `30 May–1 June 2012` (en dash);
 * `27 et 28 juin 2022` for two consecutive days (as the 2022 report's header), otherwise
 * `du 11 au 13 novembre 2013` (as the compendium's section titles).
 */
export function formatDateRange(dates: { start: string; end: string }, lang: Lang): string {
  const start = parseIsoDate(dates.start);
  const end = parseIsoDate(dates.end);
  const sameYear = start.year === end.year;
  const sameMonth = sameYear && start.month === end.month;

  if (lang === 'en') {
    const endText = `${end.day} ${monthName('en', end.month)} ${end.year}`;
    if (sameMonth && start.day === end.day) return endText;
    if (sameMonth) return `${start.day}–${endText}`;
    if (sameYear) return `${start.day} ${monthName('en', start.month)}–${endText}`;
    return `${start.day} ${monthName('en', start.month)} ${start.year}–${endText}`;
  }

  const endText = `${dayFr(end.day)} ${monthName('fr', end.month)} ${end.year}`;
  if (sameMonth && start.day === end.day) return endText;
  if (sameMonth && end.day === start.day + 1) return `${dayFr(start.day)} et ${endText}`;
  if (sameMonth) return `du ${dayFr(start.day)} au ${endText}`;
  if (sameYear) return `du ${dayFr(start.day)} ${monthName('fr', start.month)} au ${endText}`;
  return `du ${dayFr(start.day)} ${monthName('fr', start.month)} ${start.year} au ${endText}`;
}
