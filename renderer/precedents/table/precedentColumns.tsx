import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { PrecedentRowView } from '../../../shared/query/model';
import type { PrecedentTableFeatures } from './precedentTableFeatures';
import type { ColumnId } from './tableLayout';

export function ColumnLabel({ id }: { id: string }) {
  const { t } = useTranslation('precedents');
  return <>{t(`columns.${id}`)}</>;
}

const helper = createColumnHelper<PrecedentTableFeatures, PrecedentRowView>();

// The host sorts (shared/query/queryPrecedentFacts): accessor columns only say which can be sorted.
const sortable = (id: ColumnId, size: number, minSize: number) =>
  helper.accessor((row) => row.id, { id, header: () => <ColumnLabel id={id} />, size, minSize });
const fixed = (id: ColumnId, size: number, minSize: number) => helper.display({ id, header: () => <ColumnLabel id={id} />, size, minSize });

// Minimum widths keep each header label whole in French and in English (grid.css sets their size).
export const precedentColumns = helper.columns([
  sortable('ref', 100, 92),
  // The citation says which paragraph a row is; a table without it is unreadable.
  { ...sortable('citation', 200, 150), enableHiding: false },
  fixed('text', 360, 160),
  sortable('strength', 88, 72),
  fixed('themes', 150, 64),
  sortable('year', 60, 56),
  sortable('body', 72, 44),
  sortable('session', 120, 64),
]);
