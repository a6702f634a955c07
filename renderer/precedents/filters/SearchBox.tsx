import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../keyboard/CommandsContext';

export function SearchBox({ value, onChange, onArrowDown }: { value: string; onChange(value: string): void; onArrowDown(): void }) {
  const { t } = useTranslation('precedents');
  const input = useRef<HTMLInputElement>(null);
  useCommand('precedents.search', () => {
    input.current?.focus();
    input.current?.select();
  });
  return (
    <div className="search-box">
      <label htmlFor="precedent-search" className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={input}
        id="precedent-search"
        type="search"
        className="input search-box__input"
        placeholder={t('search.placeholder')}
        aria-describedby="precedent-search-hint"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown') return;
          event.preventDefault();
          onArrowDown();
        }}
        autoComplete="off"
        spellCheck={false}
      />
      <p id="precedent-search-hint" className="search-box__hint" title={t('search.hint')}>
        {t('search.hint')}
      </p>
    </div>
  );
}
