import { AlignmentType, UnderlineType, type IStylesOptions } from 'docx';
import { INDENT } from './docxStyles';

/**
 * Styles of the negotiating text's views, added only to documents that show one (an ordinary
 * draft's styles stay as they were). Proposals take character styles of their own, unlike the
 * direct single strike and underline of modified agreed language, so Word shows the two apart and
 * a delegation can restyle either.
 */
export const NEGOTIATION_STYLE = {
  /** A preambular or operative paragraph led by its label: the label is its number. */
  labelledParagraph: 'LabelledParagraph',
  paragraphLabel: 'ParagraphLabel',
  /** Brackets, "UE : ", "Alt 2 (Mexique) : ", a paragraph's sponsors and status. */
  negotiationMark: 'NegotiationMark',
  negotiationNote: 'NegotiationNote',
  proposedDeletion: 'ProposedDeletion',
  proposedInsertion: 'ProposedInsertion',
  compilationText: 'CompilationText',
} as const;

export function withNegotiationStyles(styles: IStylesOptions): IStylesOptions {
  return {
    ...styles,
    paragraphStyles: [
      ...(styles.paragraphStyles ?? []),
      {
        id: NEGOTIATION_STYLE.labelledParagraph,
        name: 'Labelled Paragraph',
        basedOn: 'Normal',
        next: NEGOTIATION_STYLE.labelledParagraph,
        quickFormat: true,
        paragraph: { indent: { left: INDENT * 2, hanging: INDENT * 2 }, spacing: { after: 120 }, alignment: AlignmentType.JUSTIFIED },
      },
      {
        id: NEGOTIATION_STYLE.compilationText,
        name: 'Compilation Text',
        basedOn: 'Normal',
        next: NEGOTIATION_STYLE.compilationText,
        quickFormat: true,
        paragraph: { spacing: { after: 60 } },
      },
    ],
    characterStyles: [
      ...(styles.characterStyles ?? []),
      { id: NEGOTIATION_STYLE.paragraphLabel, name: 'Paragraph Label', run: { bold: true } },
      { id: NEGOTIATION_STYLE.negotiationMark, name: 'Negotiation Mark', run: { bold: true } },
      { id: NEGOTIATION_STYLE.negotiationNote, name: 'Negotiation Note', run: { italics: true } },
      { id: NEGOTIATION_STYLE.proposedDeletion, name: 'Proposed Deletion', run: { doubleStrike: true } },
      // Bold like the brackets around it, and double underlined unlike the single underline of words added to agreed language.
      { id: NEGOTIATION_STYLE.proposedInsertion, name: 'Proposed Insertion', run: { bold: true, underline: { type: UnderlineType.DOUBLE } } },
    ],
  };
}
