import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { createPrecedentChecker } from '../shared/check/createPrecedentChecker';
import { buildEvaluationSet, EVALUATION_SEED } from '../shared/check/evaluation/buildEvaluationSet';
import { CASE_KINDS } from '../shared/check/evaluation/model';
import { scoreEvaluation } from '../shared/check/evaluation/scoreEvaluation';
import { indexCorpus } from '../shared/corpus/corpusIndex';
import { againstScore } from './support/goals';

const MACRO_F1_GOAL = 0.95;
const BEST_MATCH_GOAL = 0.97;

const f = (value: number) => value.toFixed(3);

/**
 * Precedent check accuracy on the labelled evaluation set (shared/check/evaluation): precision
 * and recall per verdict and per kind, macro-F1, best-match accuracy, against the goals of issue 13.
 * `EVALUATION_SHOW=kind` lists that kind's failing cases.
 */
export default async function benchPrecedentAccuracy(): Promise<void> {
  const index = indexCorpus(await loadBundledCorpus());
  const checker = createPrecedentChecker(index);
  const cases = buildEvaluationSet(index);
  const report = scoreEvaluation(checker, cases);
  console.log(`${cases.length} labelled cases (seed ${EVALUATION_SEED}), ${CASE_KINDS.length} kinds`);
  console.log('per verdict:');
  for (const [verdict, score] of Object.entries(report.byVerdict)) {
    console.log(`  ${verdict.padEnd(9)} ${String(score.cases).padStart(4)} cases  precision ${f(score.precision)}  recall ${f(score.recall)}  F1 ${f(score.f1)}`);
  }
  console.log(`macro-F1 ${f(report.macroF1)} (${againstScore('macro-F1', report.macroF1, MACRO_F1_GOAL)})`);
  console.log(`best match ${f(report.bestMatchAccuracy)} (${againstScore('best match', report.bestMatchAccuracy, BEST_MATCH_GOAL)})`);
  console.log('per kind (F1: cases with the right verdict and everything they require reported):');
  for (const kind of CASE_KINDS) {
    const score = report.byKind[kind];
    const verdicts = Object.entries(score.byVerdict).map(([verdict, each]) => `${verdict} P ${f(each.precision)} R ${f(each.recall)}`).join(', ');
    const best = score.bestMatchAccuracy === null ? 'n/a' : `${f(score.bestMatchAccuracy)} (${againstScore(`${kind} best match`, score.bestMatchAccuracy, BEST_MATCH_GOAL)})`;
    console.log(`  ${kind.padEnd(18)} ${String(score.cases).padStart(3)}  F1 ${f(score.f1)} (${againstScore(`${kind} F1`, score.f1, MACRO_F1_GOAL)})  verdict ${f(score.verdictAccuracy)}  reported ${f(score.reportAccuracy)}  best match ${best}  [${verdicts}]`);
  }
  const shown = process.env.EVALUATION_SHOW;
  if (shown) {
    for (const result of report.results.filter((each) => each.case.kind === shown && !(each.verdictRight && each.reportRight && each.bestMatchRight !== false))) {
      console.log(`\n${result.case.id}: ${result.verdict} (expected ${result.case.verdicts.join('/')}), reported ${result.reportRight}, best ${result.bestMatch} (expected ${result.case.bestMatch.join(' or ')})\n  ${result.case.text}`);
    }
  }
}
