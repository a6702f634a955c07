import type { PrecedentChecker } from '../createPrecedentChecker';
import type { ParagraphCheck, Verdict } from '../model';
import { CASE_KINDS, type CaseKind, type EvaluationCase, type Requirement } from './model';

const VERDICTS: readonly Verdict[] = ['verbatim', 'modified', 'new'];

export interface CaseResult {
  case: EvaluationCase;
  verdict: Verdict;
  verdictRight: boolean;
  /** What the case requires besides the verdict, all reported. */
  reportRight: boolean;
  /** null when the case has no precedent to match. */
  bestMatchRight: boolean | null;
  bestMatch: string | null;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export interface EvaluationReport {
  results: CaseResult[];
  /** Per verdict over the whole set; a case counts as right when its verdict is and its requirements are reported. */
  byVerdict: Record<Verdict, Score & { cases: number }>;
  macroF1: number;
  bestMatchAccuracy: number;
  byKind: Record<CaseKind, { cases: number; verdictAccuracy: number; reportAccuracy: number; f1: number; bestMatchAccuracy: number | null; byVerdict: Partial<Record<Verdict, Score>> }>;
}

function met(requirement: Requirement, check: ParagraphCheck, acceptable: (wanted: string) => Set<string>): boolean {
  const best = check.precedents[0];
  switch (requirement.kind) {
    case 'strength-change':
      return best?.strengthChange != null;
    case 'commitment-change':
      return best?.commitmentChanges.some((change) => change.kind === requirement.change) ?? false;
    case 'sources': {
      const sources = new Set(check.spans.flatMap((span) => (span.source ? [span.source.paragraphId] : [])));
      return requirement.paragraphIds.every((id) => [...acceptable(id)].some((same) => sources.has(same)));
    }
    case 'coverage':
      return Math.abs(check.coverage - requirement.share) <= 0.1;
  }
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
const f1Of = (precision: number, recall: number) => (precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));

/**
 * Per-verdict precision and recall over labelled cases. The label of a case that accepts two
 * verdicts is the one the check gave when it is among them (else the first); a case whose verdict
 * is right but whose requirements are not reported counts as wrong.
 */
function verdictScores(results: readonly CaseResult[]): Record<Verdict, Score & { cases: number }> {
  const scores = {} as Record<Verdict, Score & { cases: number }>;
  for (const verdict of VERDICTS) {
    const label = (result: CaseResult) => (result.verdictRight ? result.verdict : result.case.verdicts[0]);
    const expected = results.filter((result) => label(result) === verdict);
    const predicted = results.filter((result) => result.verdict === verdict);
    const right = expected.filter((result) => result.verdict === verdict && result.reportRight);
    const precision = ratio(predicted.filter((result) => label(result) === verdict && result.reportRight).length, predicted.length);
    const recall = ratio(right.length, expected.length);
    scores[verdict] = { precision, recall, f1: f1Of(precision, recall), cases: expected.length };
  }
  return scores;
}

export function scoreEvaluation(checker: PrecedentChecker, cases: readonly EvaluationCase[]): EvaluationReport {
  const acceptable = (id: string) => new Set([id, ...checker.alsoAdoptedAs(id)]);
  const results = cases.map((evaluationCase): CaseResult => {
    const check = checker.checkParagraph(evaluationCase.text, { lang: 'fr' });
    const best = check.precedents[0]?.paragraphId ?? null;
    const verdictRight = evaluationCase.verdicts.includes(check.verdict);
    return {
      case: evaluationCase,
      verdict: check.verdict,
      verdictRight,
      reportRight: evaluationCase.requirements.every((requirement) => met(requirement, check, acceptable)),
      bestMatchRight: evaluationCase.bestMatch.length === 0 ? null : evaluationCase.bestMatch.some((id) => best !== null && acceptable(id).has(best)),
      bestMatch: best,
    };
  });
  const byVerdict = verdictScores(results);
  const matched = results.filter((result) => result.bestMatchRight !== null);
  const byKind = {} as EvaluationReport['byKind'];
  for (const kind of CASE_KINDS) {
    const ofKind = results.filter((result) => result.case.kind === kind);
    const kindMatched = ofKind.filter((result) => result.bestMatchRight !== null);
    const right = ofKind.filter((result) => result.verdictRight && result.reportRight).length;
    const kindScores = verdictScores(ofKind);
    byKind[kind] = {
      cases: ofKind.length,
      verdictAccuracy: ratio(ofKind.filter((result) => result.verdictRight).length, ofKind.length),
      reportAccuracy: ratio(ofKind.filter((result) => result.reportRight).length, ofKind.length),
      // One right answer per case: the kind's F1 is its micro-F1, i.e. the share of cases fully right.
      f1: ratio(right, ofKind.length),
      bestMatchAccuracy: kindMatched.length === 0 ? null : ratio(kindMatched.filter((result) => result.bestMatchRight).length, kindMatched.length),
      byVerdict: Object.fromEntries(VERDICTS.filter((verdict) => kindScores[verdict].cases > 0 || ofKind.some((result) => result.verdict === verdict)).map((verdict) => [verdict, kindScores[verdict]])),
    };
  }
  return {
    results,
    byVerdict,
    macroF1: VERDICTS.reduce((sum, verdict) => sum + byVerdict[verdict].f1, 0) / VERDICTS.length,
    bestMatchAccuracy: ratio(matched.filter((result) => result.bestMatchRight).length, matched.length),
    byKind,
  };
}
