import { findOperativeMarkers } from '../../corpus/operativeStrength';
import type { Paragraph } from '../../corpus/model';
import { tokenizeWords } from '../../text/normalizeWording';
import type { EvaluationCase } from './model';
import { pick, shuffled } from './seededRandom';

type Make = (paragraph: Paragraph, random: () => number) => Omit<EvaluationCase, 'id' | 'kind' | 'bestMatch'> | null;

const textOf = (paragraph: Paragraph) => paragraph.text.fr ?? '';

/** Typography only: apostrophes, spaces, quotation marks, a list label, the final punctuation, a footnote call. */
const NOISE: ((text: string, random: () => number) => string)[] = [
  (text) => text.replace(/’/g, "'"),
  (text) => text.replace(/'/g, '’'),
  (text, random) => text.replace(/ /g, (space) => (random() < 0.2 ? '  ' : space)),
  (text) => text.replace(/ (?=[;:!?])/g, '\u00a0').replace(/ ([a-zé]{2,})/, '\u00a0$1'),
  (text) => text.replace(/«\s*/g, '"').replace(/\s*»/g, '"'),
  (text, random) => `${1 + Math.floor(random() * 30)}. ${text}`,
  (text) => text.replace(/[.;]$/, ''),
  (text) => text.replace(/[.;]?$/, '¹.'),
];

export const typographicNoise: Make = (paragraph, random) => {
  let text = textOf(paragraph);
  for (const noise of shuffled(NOISE, random).slice(0, 3)) text = noise(text, random);
  return { text, verdicts: ['verbatim'], requirements: [] };
};

/** One to three words of at least five letters replaced by words of other precedents. */
export function wordsChanged(vocabulary: readonly string[]): Make {
  return (paragraph, random) => {
    const text = textOf(paragraph);
    const markers = findOperativeMarkers(text, 'fr');
    const candidates = tokenizeWords(text).filter((token) => token.text.length >= 5 && !markers.some((marker) => token.start < marker.end && token.end > marker.start));
    const count = 1 + Math.floor(random() * 3);
    if (candidates.length < count + 2) return null;
    const chosen = shuffled(candidates, random).slice(0, count).sort((a, b) => b.start - a.start);
    let edited = text;
    for (const token of chosen) {
      let word = pick(vocabulary, random);
      while (word.toLowerCase() === token.text.toLowerCase()) word = pick(vocabulary, random);
      edited = `${edited.slice(0, token.start)}${word}${edited.slice(token.end)}`;
    }
    return { text: edited, verdicts: ['modified'], requirements: [] };
  };
}

/** Operative expressions and a replacement at another level that keeps the sentence grammatical. */
const STRENGTH_SWAPS: [RegExp, string[]][] = [
  [/\bdevraient\b/, ['doivent', 'voudront peut-être']],
  [/\bdevrait\b/, ['doit', 'voudra peut-être']],
  [/\bvoudront peut-être\b/, ['devraient', 'doivent']],
  [/\bsont encouragés à\b/, ['sont invités à', 'sont priés instamment de']],
  [/\bpourraient envisager\b/, ['devraient envisager', 'doivent envisager']],
  [/^(?:Prie instamment|Exhorte)\b/, ['Invite', 'Encourage']],
  [/^(?:Prie|Invite|Demande)\b/, ['Encourage', 'Prie instamment']],
  [/^Encourage\b/, ['Prie instamment', 'Invite']],
];

export const strengthChanged: Make = (paragraph, random) => {
  const text = textOf(paragraph);
  for (const [pattern, replacements] of STRENGTH_SWAPS) {
    if (pattern.test(text)) return { text: text.replace(pattern, pick(replacements, random)), verdicts: ['modified'], requirements: [{ kind: 'strength-change' }] };
  }
  return null;
};

/** A negation added to the operative verb, or, where the precedent has one, its negation removed. */
export const negation: Make = (paragraph, random) => {
  const text = textOf(paragraph);
  const negated = /\b(ne|n’|n')\s*(\S+(?:\s\S+){0,2}?)\s+pas\b/.exec(text);
  // A negation is never doubled: a precedent that has one gets it removed.
  if (negated) {
    const removed = `${text.slice(0, negated.index)}${negated[2]}${text.slice(negated.index + negated[0].length)}`;
    return { text: removed, verdicts: ['modified'], requirements: [{ kind: 'commitment-change', change: 'negation' }] };
  }
  const verb = /\b(devraient|doivent|devrait|doit|sont encouragés à|pourraient)\b/.exec(text);
  if (!verb) return null;
  const [first, ...rest] = (verb[1] ?? '').split(' ');
  const added = `${text.slice(0, verb.index)}ne ${first} pas${rest.length ? ` ${rest.join(' ')}` : ''}${text.slice(verb.index + verb[0].length)}`;
  return { text: added, verdicts: ['modified'], requirements: [{ kind: 'commitment-change', change: 'negation' }] };
};

const QUALIFIERS = ['le cas échéant', 'dans la mesure du possible', 'selon qu’il conviendra', 's’il y a lieu'];
const QUALIFIER_IN_TEXT = /,?\s*(?:le cas échéant|dans la mesure du possible|dans toute la mesure possible|selon qu[’']il conviendra|s[’']il y a lieu|selon que de besoin|autant que possible)\s*,?/;

/** A qualifier added after the operative verb, or the precedent's own dropped. */
export const qualifier: Make = (paragraph, random) => {
  const text = textOf(paragraph);
  const present = QUALIFIER_IN_TEXT.exec(text);
  if (present && random() < 0.6) {
    const joined = `${text.slice(0, present.index)} ${text.slice(present.index + present[0].length)}`.replace(/\s{2,}/g, ' ');
    return { text: joined, verdicts: ['modified'], requirements: [{ kind: 'commitment-change', change: 'qualifier' }] };
  }
  const verb = /\b(devraient|doivent|devrait|doit|voudront peut-être|sont encouragés à|pourraient)\b/.exec(text);
  if (!verb || present) return null;
  const at = verb.index + verb[0].length;
  const added = `${text.slice(0, at)}, ${pick(QUALIFIERS, random)},${text.slice(at)}`;
  return { text: added, verdicts: ['modified'], requirements: [{ kind: 'commitment-change', change: 'qualifier' }] };
};

/** Two comma-separated clauses of at least three words swapped. */
export const clausesReordered: Make = (paragraph, random) => {
  const text = textOf(paragraph).replace(/[.;]$/, '');
  const clauses = text.split(', ');
  const movable = clauses.map((clause, i) => ({ clause, i })).filter(({ clause, i }) => i > 0 && clause.split(' ').length >= 3);
  if (movable.length < 2) return null;
  const [a, b] = shuffled(movable, random).slice(0, 2).sort((x, y) => x.i - y.i);
  if (!a || !b) return null;
  const reordered = [...clauses];
  reordered[a.i] = b.clause;
  reordered[b.i] = a.clause;
  return { text: `${reordered.join(', ')}.`, verdicts: ['modified'], requirements: [] };
};
