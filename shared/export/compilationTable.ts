import { Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { DraftContent } from '../draft/model';
import { compilationRows } from '../negotiation/compilationView';
import { VIEW_WORDS } from '../negotiation/viewWords';
import { STYLE } from './docxStyles';
import { listNumbering, placeListItems } from './listNumbering';
import { NEGOTIATION_STYLE } from './negotiationStyles';
import { textRuns, type RunContext } from './renderRuns';
import { renderSegments } from './viewRuns';

// A4 text width with docx's default margins (9026 twentieths of a point): the text takes the most.
const COLUMN_WIDTHS = [1700, 4426, 1400, 1500];

function cell(width: number, paragraph: Paragraph): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children: [paragraph] });
}

/**
 * The compilation table: label | text and proposals | sponsors | status, one row a paragraph, the
 * heading row repeated on every page. Citations are footnotes (or inline) in the text cell.
 */
export function compilationTable(content: DraftContent, context: RunContext): Table {
  const { lang } = context;
  const headings = VIEW_WORDS[lang].compilationHeadings;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [headings.label, headings.text, headings.sponsors, headings.status].map((heading, column) =>
      cell(COLUMN_WIDTHS[column]!, new Paragraph({ style: STYLE.tableHeading, children: textRuns(heading, lang) })),
    ),
  });
  const compiled = compilationRows(content, lang);
  const lists = placeListItems(compiled.map((row) => row.view));
  const rows = compiled.map(({ view, sponsors, status }, position) => {
    const list = lists[position];
    const textStyle = list ? STYLE.listItem : view.paragraph.style === 'heading' ? STYLE.draftHeading : NEGOTIATION_STYLE.compilationText;
    return new TableRow({
      children: [
        cell(COLUMN_WIDTHS[0]!, new Paragraph({ style: NEGOTIATION_STYLE.compilationText, children: view.label ? textRuns(view.label, lang, { style: NEGOTIATION_STYLE.paragraphLabel }) : [] })),
        cell(COLUMN_WIDTHS[1]!, new Paragraph({ style: textStyle, ...(list ? { numbering: listNumbering(list, lang) } : {}), children: renderSegments(view.segments, context) })),
        cell(COLUMN_WIDTHS[2]!, new Paragraph({ style: NEGOTIATION_STYLE.compilationText, children: textRuns(sponsors.join(', '), lang) })),
        cell(COLUMN_WIDTHS[3]!, new Paragraph({ style: NEGOTIATION_STYLE.compilationText, children: textRuns(status, lang) })),
      ],
    });
  });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: COLUMN_WIDTHS,
    layout: TableLayoutType.FIXED,
    rows: [header, ...rows],
  });
}
