import type { Lang } from '../../corpus/model';
import type { Distribution } from './model';

/** The words a UN document's first page prints, as the Organization's French and English documents print them. */
export const UN_DOCUMENT_LABELS: Record<Lang, { unitedNations: string; distribution: Record<Distribution, string>; original: Record<Lang, string>; page: string }> = {
  fr: {
    unitedNations: 'Nations Unies',
    distribution: { general: 'Distr. générale', limited: 'Distr. limitée', restricted: 'Distr. restreinte' },
    original: { fr: 'Original\u00a0: français', en: 'Original\u00a0: anglais' },
    page: 'Page',
  },
  en: {
    unitedNations: 'United Nations',
    distribution: { general: 'Distr.: General', limited: 'Distr.: Limited', restricted: 'Distr.: Restricted' },
    original: { fr: 'Original: French', en: 'Original: English' },
    page: 'Page',
  },
};

/** "2 July 2026", "2 juillet 2026": the date as the distribution block prints it; '' when none or not a date. */
export function documentDate(isoDate: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return '';
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
