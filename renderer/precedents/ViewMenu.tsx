import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetting } from '../app/settings/SettingsContext';
import { SegmentedChoice } from '../ui/SegmentedChoice';
import { ColumnSettings } from './table/ColumnSettings';
import { parseRowDensity, ROW_DENSITY_KEY, type RowDensity } from './table/rowDensity';
import type { PrecedentTable } from './table/usePrecedentTable';

interface ViewMenuProps {
  table: PrecedentTable;
  showFallback: boolean;
  onShowFallbackChange(show: boolean): void;
  includeContext: boolean;
  onIncludeContextChange(include: boolean): void;
}

/** How the results are shown: row height, which rows, which language where one is missing, which columns. */
export function ViewMenu({ table, showFallback, onShowFallbackChange, includeContext, onIncludeContextChange }: ViewMenuProps) {
  const { t } = useTranslation('precedents');
  const { t: tLayout } = useTranslation('layout');
  const [density, setDensity] = useSetting(ROW_DENSITY_KEY, parseRowDensity);
  // The panel renders once opened: the window's first render has the table to draw.
  const [open, setOpen] = useState(false);
  const densities: { value: RowDensity; label: string }[] = [
    { value: 'compact', label: tLayout('density.compact') },
    { value: 'comfortable', label: tLayout('density.comfortable') },
  ];
  const panelId = useId();
  // A popover: over every pane, closed by Escape or a click elsewhere, the focus after its button.
  return (
    <div className="menu">
      <button type="button" className="button menu__button" popoverTarget={panelId}>
        {t('view.menu')}
      </button>
      <div id={panelId} popover="auto" className="menu__panel" onToggle={(event) => setOpen(event.newState === 'open')}>
        {open && (
          <>
            <div className="menu__group">
              <SegmentedChoice legend={tLayout('density.legend')} value={density} choices={densities} onChange={setDensity} />
            </div>
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
          </>
        )}
      </div>
    </div>
  );
}
