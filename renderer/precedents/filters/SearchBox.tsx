import { useTranslation } from 'react-i18next';

export function SearchBox({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { t } = useTranslation('precedents');
  return (
    <div className="search-box">
      <label htmlFor="precedent-search" className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id="precedent-search"
        type="search"
        className="input search-box__input"
        placeholder={t('search.placeholder')}
        aria-describedby="precedent-search-hint"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        autoComplete="off"
        spellCheck={false}
      />
      <p id="precedent-search-hint" className="search-box__hint" title={t('search.hint')}>
        {t('search.hint')}
      </p>
    </div>
  );
}
