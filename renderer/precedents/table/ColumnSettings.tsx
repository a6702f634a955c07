import { useTranslation } from 'react-i18next';
import { ColumnLabel } from './precedentColumns';
import type { PrecedentTable } from './usePrecedentTable';

const WIDTH_STEP = 40;

/** Which columns show and how wide they are; the keyboard's way to do what the header's drag handles do. */
export function ColumnSettings({ table }: { table: PrecedentTable }) {
  const { t } = useTranslation('precedents');
  // The table keeps each width within the column's minimum and maximum.
  const resize = (columnId: string, width: number) => table.setColumnSizing((sizes) => ({ ...sizes, [columnId]: width }));
  return (
    <fieldset className="menu__group">
      <legend className="menu__legend">{t('table.columnsMenu')}</legend>
      <table className="column-menu">
        <thead>
          <tr>
            <th scope="col">{t('table.columnShown')}</th>
            <th scope="col">{t('table.columnWidth')}</th>
          </tr>
        </thead>
        <tbody>
          {table.getAllLeafColumns().map((column) => {
            const checkboxId = `column-visible-${column.id}`;
            return (
              <tr key={column.id}>
                <td>
                  <input id={checkboxId} type="checkbox" checked={column.getIsVisible()} disabled={!column.getCanHide()} onChange={column.getToggleVisibilityHandler()} />{' '}
                  <label htmlFor={checkboxId}>
                    <ColumnLabel id={column.id} />
                  </label>
                </td>
                <td className="column-menu__width">
                  <button type="button" className="button button--small" aria-label={t('table.narrower', { column: t(`columns.${column.id}`) })} onClick={() => resize(column.id, column.getSize() - WIDTH_STEP)}>
                    −
                  </button>
                  <span>{column.getSize()}</span>
                  <button type="button" className="button button--small" aria-label={t('table.wider', { column: t(`columns.${column.id}`) })} onClick={() => resize(column.id, column.getSize() + WIDTH_STEP)}>
                    +
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" className="button button--small" onClick={() => table.resetColumnSizing(true)}>
        {t('table.resetWidths')}
      </button>
    </fieldset>
  );
}
