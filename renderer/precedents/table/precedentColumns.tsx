import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { PrecedentRow } from '../model/precedentRows';
import { strengthRank } from '../model/inheritedWording';
import { BodyCell, CitationCell, RefCell, SessionCell, StrengthCell, ThemesCell, YearCell } from './PrecedentCells';
import type { PrecedentTableFeatures } from './precedentTableFeatures';
import { TextCell } from './TextCell';

export const COLUMN_IDS = ['ref', 'citation', 'text', 'strength', 'themes', 'year', 'body', 'session'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

export function ColumnLabel({ id }: { id: string }) {
  const { t } = useTranslation('precedents');
  return <>{t(`columns.${id}`)}</>;
}

const helper = createColumnHelper<PrecedentTableFeatures, PrecedentRow>();

// Sorting by the citation or the compendium reference is sorting by where the paragraph stands.
const byOrder = (a: { original: PrecedentRow }, b: { original: PrecedentRow }) => a.original.order - b.original.order;

// Minimum widths keep each header label whole in French and in English (grid.css sets their size).
export const precedentColumns = helper.columns([
  helper.accessor((row) => row.paragraph.compendiumRef ?? undefined, {
    id: 'ref',
    header: () => <ColumnLabel id="ref" />,
    cell: ({ row }) => <RefCell row={row.original} />,
    sortFn: byOrder,
    sortUndefined: 'last',
    size: 100,
    minSize: 92,
  }),
  helper.accessor((row) => row.order, {
    id: 'citation',
    // The citation says which paragraph a row is; a table without it is unreadable.
    enableHiding: false,
    header: () => <ColumnLabel id="citation" />,
    cell: ({ row }) => <CitationCell row={row.original} />,
    sortFn: 'basic',
    size: 200,
    minSize: 150,
  }),
  helper.display({
    id: 'text',
    header: () => <ColumnLabel id="text" />,
    cell: ({ row }) => <TextCell row={row.original} />,
    size: 360,
    minSize: 160,
  }),
  helper.accessor((row) => strengthRank(row.wording.strengths), {
    id: 'strength',
    header: () => <ColumnLabel id="strength" />,
    cell: ({ row }) => <StrengthCell row={row.original} />,
    sortFn: 'basic',
    size: 88,
    minSize: 72,
  }),
  helper.display({
    id: 'themes',
    header: () => <ColumnLabel id="themes" />,
    cell: ({ row }) => <ThemesCell row={row.original} />,
    size: 150,
    minSize: 64,
  }),
  helper.accessor((row) => row.document.year, {
    id: 'year',
    header: () => <ColumnLabel id="year" />,
    cell: ({ row }) => <YearCell row={row.original} />,
    sortFn: 'basic',
    size: 60,
    minSize: 56,
  }),
  helper.accessor((row) => (row.document.body === 'wg' ? 0 : 1), {
    id: 'body',
    header: () => <ColumnLabel id="body" />,
    cell: ({ row }) => <BodyCell row={row.original} />,
    sortFn: 'basic',
    size: 72,
    minSize: 44,
  }),
  helper.accessor((row) => (row.document.body === 'wg' ? 0 : 1000) + row.document.meeting, {
    id: 'session',
    header: () => <ColumnLabel id="session" />,
    cell: ({ row }) => <SessionCell row={row.original} />,
    sortFn: 'basic',
    size: 120,
    minSize: 64,
  }),
]);
