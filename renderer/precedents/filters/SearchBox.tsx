import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../keyboard/CommandsContext';

export function SearchBox({ value, onChange, onArrowDown }: { value: string; onChange(value: string): void; onArrowDown(): void }) {
  const { t } = useTranslation('precedents');
  const input = useRef<HTMLInputElement>(null);
  useCommand('precedents.search', () => {
    input.current?.focus();
    input.current?.select();
  });
  useEffect(() => {
    const box = input.current!;
    // The draft editor hears the document's selection changes; the box's own, at every key typed,
    // had it look for its selection each time, laying the page out to do so.
    const keepToItself = (event: Event) => event.stopPropagation();
    box.addEventListener('selectionchange', keepToItself);
    return () => box.removeEventListener('selectionchange', keepToItself);
  }, []);
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
