import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../../host/corpus/loadBundledCorpus';
import { indexCorpus, type CorpusIndex } from '../../corpus/corpusIndex';
import { comparableWords } from '../comparableWords';
import { createPrecedentChecker } from '../createPrecedentChecker';
import { buildEvaluationSet } from './buildEvaluationSet';
import { CASE_KINDS } from './model';
import { scoreEvaluation } from './scoreEvaluation';

let index: CorpusIndex;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
});

describe('the evaluation set', () => {
  it('is the same on every run: at least 300 cases, every kind, built from the corpus', () => {
    const cases = buildEvaluationSet(index);
    expect(cases.length).toBeGreaterThanOrEqual(300);
    expect(buildEvaluationSet(index).map((each) => each.text)).toEqual(cases.map((each) => each.text));
    for (const kind of CASE_KINDS) expect(cases.filter((each) => each.kind === kind).length, kind).toBeGreaterThanOrEqual(30);
    for (const each of cases.filter((c) => c.kind === 'typographic-noise')) {
      const source = index.paragraphs.get(each.bestMatch[0] ?? '');
      // Typography only: the same words, keyed as the comparison keys them.
      const words = (text: string) => comparableWords(text).map((token) => token.loose);
      expect(words(each.text)).toEqual(words(source?.text.fr ?? ''));
    }
  });

  it('scores a slice through the real checker, each kind represented', () => {
    const slice = CASE_KINDS.flatMap((kind) => buildEvaluationSet(index, { perKind: 3 }).filter((each) => each.kind === kind));
    const report = scoreEvaluation(createPrecedentChecker(index), slice);
    expect(report.results).toHaveLength(slice.length);
    for (const kind of CASE_KINDS) expect(report.byKind[kind].cases).toBe(3);
    // Scores are the bench's to print; here they only need to be scores.
    expect(report.macroF1).toBeGreaterThan(0);
    expect(report.macroF1).toBeLessThanOrEqual(1);
  });
});
