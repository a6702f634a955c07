/**
 * The negotiating text as data (README.md beside this file): who proposes what, which paragraphs
 * are open, and the labels negotiators use. It lives in the draft's content, so the editor, the
 * Word views and the command line read and write one model.
 */

/** A State, a group ("Union européenne", "Groupe des 77 et la Chine") or the Chair. */
export interface Delegation {
  id: string;
  /** Short label shown in the text: "UE", "G77", "Mexique". */
  label: string;
  /** Full name, as the delegate types it. */
  name: string;
}

/** `OP3 bis` is `{ number: 3, addendum: 1 }`; `OP3` is `{ number: 3, addendum: 0 }`. */
export interface ParagraphLabel {
  number: number;
  addendum: number;
}

export const PARAGRAPH_STATUSES = ['proposed', 'negotiating', 'agreedAdRef', 'agreed'] as const;
export type ParagraphStatusValue = (typeof PARAGRAPH_STATUSES)[number];

export interface ParagraphStatus {
  value: ParagraphStatusValue;
  /** ISO date (YYYY-MM-DD) of the change. */
  changedOn: string;
  /** Title of the reading round during which it changed, when one was named. */
  round?: string;
}

/** What the negotiating text says of one paragraph. */
export interface ParagraphNegotiation {
  label?: ParagraphLabel;
  /** One of several versions of the paragraph: consecutive paragraphs with one label, Alt 1, Alt 2, ... */
  alternative?: { index: number; sponsors: string[] };
  status?: ParagraphStatus;
}

/**
 * A proposal on a span of text. Runs name the marks that enclose them (outermost first), so spans
 * nest; a mark's runs are contiguous. An alternative span is one of a group of consecutive spans,
 * Alt 1 being the text as it stands.
 */
export type NegotiationMark =
  | { kind: 'bracket'; sponsors: string[]; note?: string }
  | { kind: 'deletion'; sponsors: string[]; note?: string }
  | { kind: 'insertion'; sponsors: string[]; note?: string }
  | { kind: 'alternative'; group: string; index: number; sponsors: string[]; note?: string };

export type NegotiationMarkKind = NegotiationMark['kind'];

/**
 * The delegate's position, read by the clean text: for a bracket, a proposed deletion or insertion,
 * whether its text stays (`keep`, the default: the text as it stands) or goes; for a group of
 * alternatives (a span group id, or a paragraph label key such as `operative:3.1`), the index chosen
 * (default 1).
 */
export interface CleanTextChoices {
  marks: Record<string, 'keep' | 'remove'>;
  alternatives: Record<string, number>;
}

export interface LabelPrefixes {
  preamble: string;
  operative: string;
}

export const DEFAULT_LABEL_PREFIXES: LabelPrefixes = { preamble: 'PP', operative: 'OP' };

/** The draft-wide part of the negotiating text. */
export interface NegotiationSetup {
  delegations: Delegation[];
  prefixes: LabelPrefixes;
  marks: Record<string, NegotiationMark>;
  choices: CleanTextChoices;
}

export function emptyNegotiationSetup(): NegotiationSetup {
  return { delegations: [], prefixes: { ...DEFAULT_LABEL_PREFIXES }, marks: {}, choices: { marks: {}, alternatives: {} } };
}
