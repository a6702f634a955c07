import { Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Lang } from '../corpus/model';
import type { DraftContent } from '../draft/model';
import { columnRuns } from './columnRuns';
import { COLUMN_NUMBERING, STYLE } from './docxStyles';
import { paragraphStyle, sectionParagraphs } from './draftParagraphs';
import { EXPORT_LABELS } from './exportLabels';
import { listNumbering, placeListItems } from './listNumbering';
import { renderRuns, textRuns, type RunContext } from './renderRuns';

const COLUMNS: readonly Lang[] = ['fr', 'en'];
// A4 text width with docx's default margins, in twentieths of a point, split in two.
const COLUMN_WIDTH = 4513;

function cell(children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: COLUMN_WIDTH, type: WidthType.DXA }, children });
}

/**
 * French | English, one row per draft paragraph. Each column numbers its operative paragraphs as
 * a list of its own, so both read 1, 2, 3.
 */
export function bilingualTable(content: DraftContent, context: RunContext): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: COLUMNS.map((lang) => cell([new Paragraph({ style: STYLE.tableHeading, children: textRuns(EXPORT_LABELS[lang].languageName, lang) })])),
  });
  const items = sectionParagraphs(content);
  const lists = placeListItems(items);
  const rows = items.map((item, position) => {
    const style = paragraphStyle(item);
    const list = lists[position];
    return new TableRow({
      children: COLUMNS.map((lang) => {
        const runs = columnRuns(context.index, item.paragraph.runs, context.lang, lang);
        const numbering = list
          ? { numbering: listNumbering(list, lang) }
          : style === STYLE.operative
            ? { numbering: { reference: COLUMN_NUMBERING[lang], level: 0, custom: true } }
            : {};
        return cell([new Paragraph({ style, ...numbering, children: renderRuns(runs, { ...context, lang }) })]);
      }),
    });
  });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [COLUMN_WIDTH, COLUMN_WIDTH],
    layout: TableLayoutType.FIXED,
    rows: [header, ...rows],
  });
}
