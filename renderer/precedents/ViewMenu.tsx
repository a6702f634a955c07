import { useTranslation } from 'react-i18next';
import { ColumnSettings } from './table/ColumnSettings';
import type { PrecedentTable } from './table/usePrecedentTable';

interface ViewMenuProps {
  table: PrecedentTable;
  showFallback: boolean;
  onShowFallbackChange(show: boolean): void;
  includeContext: boolean;
  onIncludeContextChange(include: boolean): void;
}

/** How the results are shown: which rows, which language where one is missing, which columns. */
export function ViewMenu({ table, showFallback, onShowFallbackChange, includeContext, onIncludeContextChange }: ViewMenuProps) {
  const { t } = useTranslation('precedents');
  return (
    <details className="menu">
      <summary className="button">{t('view.menu')}</summary>
      <div className="menu__panel">
        <fieldset className="menu__group">
          <legend className="menu__legend">{t('view.rows')}</legend>
          <label className="toggle">
            <input type="checkbox" checked={includeContext} onChange={(event) => onIncludeContextChange(event.currentTarget.checked)} />
            {t('filter.includeContext')}
          </label>
          <label className="toggle">
            <input type="checkbox" checked={showFallback} onChange={(event) => onShowFallbackChange(event.currentTarget.checked)} />
            {t('contentLanguage.showFallback')}
          </label>
        </fieldset>
        <ColumnSettings table={table} />
      </div>
    </details>
  );
}
