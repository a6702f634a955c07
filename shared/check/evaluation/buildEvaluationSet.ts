import type { CorpusIndex } from '../../corpus/corpusIndex';
import type { Paragraph } from '../../corpus/model';
import { normalizeWording, tokenizeWords } from '../../text/normalizeWording';
import { comparableWords } from '../comparableWords';
import { clausesReordered, negation, qualifier, strengthChanged, typographicNoise, wordsChanged } from './editCases';
import { inventedSentence } from './inventedText';
import { CASE_KINDS, type CaseKind, type EvaluationCase } from './model';
import { seededRandom, shuffled } from './seededRandom';

export const EVALUATION_SEED = 13;
export const CASES_PER_KIND = 35;

/** Precedents long enough to be edited in the ways the cases need. */
const MIN_WORDS = 12;

const textOf = (paragraph: Paragraph) => paragraph.text.fr ?? '';
const wordCount = (text: string) => comparableWords(text).length;

function halves(text: string, first: boolean): string {
  const tokens = tokenizeWords(text);
  const middle = Math.floor(tokens.length / 2);
  return first ? text.slice(0, tokens[middle - 1]?.end ?? 0) : text.slice(tokens[middle]?.start ?? 0);
}

/**
 * The labelled evaluation set: CASES_PER_KIND cases of each kind, generated from the bundled
 * corpus's French precedents by one rule per kind (editCases.ts), with a fixed seed, so the set
 * is the same on every run and is never tuned case by case. Each kind takes its precedents in a
 * seeded random order and skips those its rule cannot apply to (no operative verb to change...).
 */
export function buildEvaluationSet(index: CorpusIndex, { seed = EVALUATION_SEED, perKind = CASES_PER_KIND } = {}): EvaluationCase[] {
  const random = seededRandom(seed);
  const adopted = index.corpus.paragraphs.filter((paragraph) => paragraph.adopted && wordCount(textOf(paragraph)) >= MIN_WORDS);
  const adoptedWording = new Set(index.corpus.paragraphs.filter((paragraph) => paragraph.adopted).map((paragraph) => normalizeWording(textOf(paragraph))));
  const vocabulary = [...new Set(adopted.flatMap((paragraph) => tokenizeWords(textOf(paragraph)).map((token) => token.text)))].filter((word) => word.length >= 5 && /^\p{Ll}+$/u.test(word)).sort();
  const cases: EvaluationCase[] = [];
  const add = (kind: CaseKind, made: Omit<EvaluationCase, 'id' | 'kind'>) => cases.push({ id: `${kind}-${cases.filter((each) => each.kind === kind).length + 1}`, kind, ...made });

  const fromPrecedents = (kind: CaseKind, make: (paragraph: Paragraph, random: () => number) => Omit<EvaluationCase, 'id' | 'kind' | 'bestMatch'> | null) => {
    let made = 0;
    for (const paragraph of shuffled(adopted, random)) {
      if (made === perKind) break;
      const result = make(paragraph, random);
      if (!result || normalizeWording(result.text) === normalizeWording(textOf(paragraph)) && result.verdicts[0] !== 'verbatim') continue;
      add(kind, { ...result, bestMatch: [paragraph.id] });
      made += 1;
    }
  };

  for (const kind of CASE_KINDS) {
    switch (kind) {
      case 'typographic-noise':
        fromPrecedents(kind, typographicNoise);
        break;
      case 'words-changed':
        fromPrecedents(kind, wordsChanged(vocabulary));
        break;
      case 'strength-changed':
        fromPrecedents(kind, strengthChanged);
        break;
      case 'negation':
        fromPrecedents(kind, negation);
        break;
      case 'qualifier':
        fromPrecedents(kind, qualifier);
        break;
      case 'clauses-reordered':
        fromPrecedents(kind, clausesReordered);
        break;
      case 'stitched': {
        const pool = shuffled(adopted.filter((paragraph) => wordCount(textOf(paragraph)) >= 16), random);
        for (let i = 0; i + 1 < pool.length && cases.filter((each) => each.kind === kind).length < perKind; i += 2) {
          const [a, b] = [pool[i], pool[i + 1]];
          if (!a || !b || a.docId === b.docId) continue;
          add(kind, { text: `${halves(textOf(a), true)} ${halves(textOf(b), false)}`, verdicts: ['modified'], bestMatch: [a.id, b.id], requirements: [{ kind: 'sources', paragraphIds: [a.id, b.id] }] });
        }
        break;
      }
      case 'embedded':
        fromPrecedents(kind, (paragraph, rng) => {
          const quoted = textOf(paragraph).replace(/[;:]$/, '.');
          const text = `${inventedSentence(rng)} ${quoted} ${inventedSentence(rng)}`;
          return { text, verdicts: ['modified'], requirements: [{ kind: 'coverage', share: wordCount(quoted) / wordCount(text) }] };
        });
        break;
      case 'invented':
        for (let i = 0; i < perKind; i++) {
          const sentences = 1 + Math.floor(random() * 2);
          const text = Array.from({ length: sentences }, () => inventedSentence(random)).join(' ');
          add(kind, { text, verdicts: ['new'], bestMatch: [], requirements: [] });
        }
        break;
      case 'report-context': {
        // Report text that is not adopted, unless it repeats adopted wording word for word (then it is agreed language).
        const context = index.corpus.paragraphs.filter((paragraph) => !paragraph.adopted && wordCount(textOf(paragraph)) >= 8 && !adoptedWording.has(normalizeWording(textOf(paragraph))));
        for (const paragraph of shuffled(context, random).slice(0, perKind)) add(kind, { text: textOf(paragraph), verdicts: ['new', 'modified'], bestMatch: [], requirements: [] });
        break;
      }
    }
  }
  return cases;
}
