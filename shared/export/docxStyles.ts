import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';
import type { Lang } from '../corpus/model';
import { WORD_LANGUAGE } from './wordLanguage';

/**
 * Paragraph and character style ids of exported documents. Every paragraph gets a named style
 * (never direct formatting) so a delegation can restyle the whole document from Word's Styles pane.
 */
export const STYLE = {
  title: 'Title',
  preambular: 'PreambularParagraph',
  operative: 'OperativeParagraph',
  draftHeading: 'DraftHeading',
  listItem: 'DraftListItem',
  footnoteText: 'FootnoteText',
  annexHeading: 'AnnexHeading',
  sourceCitation: 'SourceCitation',
  sourceText: 'SourceText',
  groupHeading: 'GroupHeading',
  tableHeading: 'TableHeading',
  note: 'ExportNote',
} as const;

export const OPERATIVE_NUMBERING = 'operative-paragraphs';

// Sizes in half-points, distances in twentieths of a point (567 = 1 cm): UN documents' look.
const BODY_SIZE = 24;
export const INDENT = 567;
const AFTER = 120;

export function documentStyles(lang: Lang): IStylesOptions {
  return {
    default: {
      document: { run: { font: 'Times New Roman', size: BODY_SIZE, language: { value: WORD_LANGUAGE[lang] } } },
      title: { run: { size: 28, bold: true }, paragraph: { spacing: { after: 240 }, keepNext: true } },
      footnoteText: { run: { size: 20 }, paragraph: { spacing: { after: 0 } } },
    },
    paragraphStyles: [
      {
        id: STYLE.preambular,
        name: 'Preambular Paragraph',
        basedOn: 'Normal',
        next: STYLE.preambular,
        quickFormat: true,
        paragraph: { indent: { firstLine: INDENT }, spacing: { after: AFTER }, alignment: AlignmentType.JUSTIFIED },
      },
      {
        id: STYLE.operative,
        name: 'Operative Paragraph',
        basedOn: 'Normal',
        next: STYLE.operative,
        quickFormat: true,
        paragraph: {
          numbering: { reference: OPERATIVE_NUMBERING, level: 0 },
          spacing: { after: AFTER },
          alignment: AlignmentType.JUSTIFIED,
        },
      },
      {
        id: STYLE.draftHeading,
        name: 'Draft Heading',
        basedOn: 'Normal',
        next: STYLE.operative,
        quickFormat: true,
        run: { bold: true },
        paragraph: { keepNext: true, outlineLevel: 1, spacing: { before: 240, after: AFTER } },
      },
      {
        // Indented and marked by its list's numbering (listNumbering.ts), never by the operative one.
        id: STYLE.listItem,
        name: 'Draft List Item',
        basedOn: 'Normal',
        next: STYLE.listItem,
        quickFormat: true,
        paragraph: { spacing: { after: 60 }, alignment: AlignmentType.JUSTIFIED },
      },
      {
        id: STYLE.annexHeading,
        name: 'Annex Heading',
        basedOn: 'Normal',
        next: STYLE.sourceCitation,
        quickFormat: true,
        run: { bold: true, size: 28 },
        paragraph: { keepNext: true, outlineLevel: 0, spacing: { after: 240 } },
      },
      {
        id: STYLE.groupHeading,
        name: 'Group Heading',
        basedOn: 'Normal',
        next: STYLE.sourceCitation,
        quickFormat: true,
        run: { bold: true, size: 26 },
        paragraph: { keepNext: true, outlineLevel: 0, spacing: { before: 360, after: AFTER } },
      },
      {
        id: STYLE.sourceCitation,
        name: 'Source Citation',
        basedOn: 'Normal',
        next: STYLE.sourceText,
        quickFormat: true,
        run: { bold: true },
        paragraph: { keepNext: true, spacing: { before: 240, after: 60 } },
      },
      {
        id: STYLE.sourceText,
        name: 'Source Text',
        basedOn: 'Normal',
        next: STYLE.sourceCitation,
        quickFormat: true,
        paragraph: { indent: { left: INDENT }, spacing: { after: AFTER }, alignment: AlignmentType.JUSTIFIED },
      },
      {
        id: STYLE.tableHeading,
        name: 'Table Heading',
        basedOn: 'Normal',
        quickFormat: true,
        run: { bold: true },
        paragraph: { keepNext: true, spacing: { after: 60 } },
      },
    ],
    characterStyles: [{ id: STYLE.note, name: 'Export Note', run: { italics: true } }],
  };
}

const OPERATIVE_LEVELS = [
  {
    level: 0,
    format: LevelFormat.DECIMAL,
    text: '%1.',
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: INDENT, hanging: INDENT } } },
  },
];

/**
 * The columns of the bilingual table number their operative paragraphs each from 1. Each gets a
 * list definition of its own: LibreOffice runs on one list through instances of a shared one.
 */
export const COLUMN_NUMBERING: Record<Lang, string> = { fr: 'operative-paragraphs-fr', en: 'operative-paragraphs-en' };

export const DOCUMENT_NUMBERING: INumberingOptions = {
  config: [OPERATIVE_NUMBERING, COLUMN_NUMBERING.fr, COLUMN_NUMBERING.en].map((reference) => ({ reference, levels: OPERATIVE_LEVELS })),
};
