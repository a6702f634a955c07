import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface YearRangeFacetProps {
  years: readonly number[];
  from: number | null;
  to: number | null;
  onChange(from: number | null, to: number | null): void;
}

export function YearRangeFacet({ years, from, to, onChange }: YearRangeFacetProps) {
  const { t } = useTranslation('precedents');
  const baseId = useId();
  if (years.length === 0) return null;
  const parse = (value: string) => (value === '' ? null : Number(value));
  return (
    <fieldset className="facet facet--years">
      <legend className="facet__legend">{t('filter.years')}</legend>
      <label htmlFor={`${baseId}-from`}>{t('filter.yearFrom')}</label>
      <select id={`${baseId}-from`} className="input" value={from ?? ''} onChange={(event) => onChange(parse(event.currentTarget.value), to)}>
        <option value="">{t('filter.anyYear')}</option>
        {years.map((year) => (
          <option key={year} value={year} disabled={to !== null && year > to}>
            {year}
          </option>
        ))}
      </select>
      <label htmlFor={`${baseId}-to`}>{t('filter.yearTo')}</label>
      <select id={`${baseId}-to`} className="input" value={to ?? ''} onChange={(event) => onChange(from, parse(event.currentTarget.value))}>
        <option value="">{t('filter.anyYear')}</option>
        {years.map((year) => (
          <option key={year} value={year} disabled={from !== null && year < from}>
            {year}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
