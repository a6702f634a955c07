import type { Verdict } from '../model';

/** The kinds of edit the evaluation set holds, each generated from the corpus by one rule. */
export const CASE_KINDS = [
  'typographic-noise',
  'words-changed',
  'strength-changed',
  'stitched',
  'invented',
  'report-context',
  'clauses-reordered',
  'embedded',
  'negation',
  'qualifier',
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** What the check must report besides the verdict for the case to count as right. */
export type Requirement =
  | { kind: 'strength-change' }
  | { kind: 'commitment-change'; change: 'negation' | 'qualifier' }
  /** Every listed precedent is the source of some span. */
  | { kind: 'sources'; paragraphIds: string[] }
  /** The share of words from precedents, within ±0.1. */
  | { kind: 'coverage'; share: number };

export interface EvaluationCase {
  id: string;
  kind: CaseKind;
  text: string;
  /** Right verdicts: one, or "new or modified" for report text that is not adopted. */
  verdicts: Verdict[];
  /** The precedent(s) the best match may be (the source; for a stitched case either source); empty when there is none. */
  bestMatch: string[];
  requirements: Requirement[];
}
