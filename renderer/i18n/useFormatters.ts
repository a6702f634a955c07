import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { numberFormatter } from './numberFormatter';

export interface Formatters {
  number(value: number): string;
  /** Two ISO dates (YYYY-MM-DD) as the locale writes a period: "18–20 novembre 2015", "May 30 – June 1, 2012". */
  dateRange(startIso: string, endIso: string): string;
}

function parseIsoDate(iso: string): Date {
  // Noon UTC so no time zone moves the day.
  return new Date(`${iso}T12:00:00Z`);
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'fr';
  return useMemo(() => {
    // Made when first asked for: a date formatter costs tens of milliseconds on a window's first render.
    let dates: Intl.DateTimeFormat | undefined;
    return {
      number: numberFormatter(locale),
      dateRange: (start, end) => (dates ??= new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })).formatRange(parseIsoDate(start), parseIsoDate(end)),
    };
  }, [locale]);
}
