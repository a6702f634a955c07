import { AlignmentType, BorderStyle, Footer, Header, type IStylesOptions, PageNumber, Paragraph, type ISectionOptions, Tab, TabStopType, TextRun } from 'docx';
import type { Lang } from '../../corpus/model';
import { WORD_LANGUAGE } from '../wordLanguage';
import type { UnDocumentFields } from './model';
import { documentDate, UN_DOCUMENT_LABELS } from './unDocumentLabels';

export const UN_DOCUMENT_STYLE = {
  masthead: 'UnMasthead',
  distribution: 'UnDistribution',
  body: 'UnBody',
  meeting: 'UnMeeting',
  pageHeader: 'UnPageHeader',
  pageFooter: 'UnPageFooter',
} as const;

/** The text width of an A4 page with Word's default margins, for the masthead's right tab. */
const TEXT_WIDTH = 9638;
/** The distribution block stands in the right third of the page, as on UN documents. */
const DISTRIBUTION_INDENT = 6240;

function runs(text: string, lang: Lang): TextRun[] {
  return [new TextRun({ text, language: { value: WORD_LANGUAGE[lang] } })];
}

function paragraph(style: string, text: string, lang: Lang): Paragraph {
  return new Paragraph({ style, children: runs(text, lang) });
}

/** One paragraph per field the delegate filled in; an empty field prints nothing. */
function lines(style: string, texts: readonly string[], lang: Lang): Paragraph[] {
  return texts.map((text) => text.trim()).filter((text) => text !== '').map((text) => paragraph(style, text, lang));
}

/**
 * The page furniture of a UN document around the draft: on the first page a masthead ("United
 * Nations", the symbol, a rule), the distribution block (distribution, date, original language) and
 * the lines naming the body, the session and the agenda item; on the following pages the symbol at
 * the top and the page number at the foot. `lang` is the document's language.
 */
export function unDocumentSection(fields: UnDocumentFields, lang: Lang): { front: Paragraph[]; section: Pick<ISectionOptions, 'properties' | 'headers' | 'footers'> } {
  const labels = UN_DOCUMENT_LABELS[lang];
  const masthead = new Paragraph({
    style: UN_DOCUMENT_STYLE.masthead,
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
    children: [...runs(labels.unitedNations, lang), new TextRun({ children: [new Tab(), fields.symbol], bold: true, size: 32 })],
  });
  const date = documentDate(fields.date, lang);
  const front = [
    paragraph(UN_DOCUMENT_STYLE.distribution, labels.distribution[fields.distribution], lang),
    ...(date ? [paragraph(UN_DOCUMENT_STYLE.distribution, date, lang)] : []),
    paragraph(UN_DOCUMENT_STYLE.distribution, '', lang),
    paragraph(UN_DOCUMENT_STYLE.distribution, labels.original[fields.original], lang),
    ...lines(UN_DOCUMENT_STYLE.body, [fields.body], lang),
    ...lines(UN_DOCUMENT_STYLE.meeting, [fields.session, fields.agendaItem], lang),
  ];
  const pageNumber = new Paragraph({ style: UN_DOCUMENT_STYLE.pageFooter, children: [new TextRun({ children: [PageNumber.CURRENT] })] });
  return {
    front,
    section: {
      properties: { titlePage: true },
      headers: { first: new Header({ children: [masthead] }), default: new Header({ children: [paragraph(UN_DOCUMENT_STYLE.pageHeader, fields.symbol, lang)] }) },
      footers: { first: new Footer({ children: [] }), default: new Footer({ children: [pageNumber] }) },
    },
  };
}

export function withUnDocumentStyles(styles: IStylesOptions): IStylesOptions {
  const style = (id: string, name: string, options: Omit<NonNullable<IStylesOptions['paragraphStyles']>[number], 'id' | 'name'>) => ({ id, name, basedOn: 'Normal', quickFormat: true, ...options });
  return {
    ...styles,
    paragraphStyles: [
      ...(styles.paragraphStyles ?? []),
      style(UN_DOCUMENT_STYLE.masthead, 'UN Masthead', { paragraph: { border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 } }, spacing: { after: 240 } } }),
      style(UN_DOCUMENT_STYLE.distribution, 'UN Distribution', { paragraph: { indent: { left: DISTRIBUTION_INDENT }, spacing: { after: 0 } } }),
      style(UN_DOCUMENT_STYLE.body, 'UN Body', { run: { bold: true }, paragraph: { spacing: { before: 360, after: 0 } } }),
      style(UN_DOCUMENT_STYLE.meeting, 'UN Meeting', { paragraph: { spacing: { after: 0 } } }),
      style(UN_DOCUMENT_STYLE.pageHeader, 'UN Page Header', { run: { bold: true, size: 20 }, paragraph: { alignment: AlignmentType.RIGHT } }),
      style(UN_DOCUMENT_STYLE.pageFooter, 'UN Page Footer', { run: { bold: true, size: 18 }, paragraph: { alignment: AlignmentType.CENTER } }),
    ],
  };
}
