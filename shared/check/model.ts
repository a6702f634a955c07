import type { Lang, Strength } from '../corpus/model';
import type { OperativeMarker } from '../corpus/operativeStrength';

/**
 * verbatim: the paragraph's words are exactly one precedent's words.
 * modified: agreed language with changes, cut short, or stitched from several precedents (at least
 * half of its words come from precedents, or its best precedent is at least 60% similar), or a
 * precedent quoted nearly whole inside longer new wording (80% of its words, at least 8).
 * new: mostly wording no precedent has.
 * no-precedents-in-language: the library holds no precedent in the paragraph's language (English
 * until English versions are imported), so nothing can be said; never reported as "new".
 */
export type Verdict = 'verbatim' | 'modified' | 'new' | 'no-precedents-in-language';

export interface CheckOptions {
  /** Language of the text; detected per paragraph when absent. */
  lang?: Lang;
}

/** One step of a word-level comparison between the checked paragraph and a precedent. */
export interface WordDiffPart {
  kind: 'same' | 'added' | 'removed' | 'replaced';
  /** The paragraph's words as written ('' for removed). */
  draftText: string;
  /** The precedent's words as written ('' for added). */
  precedentText: string;
  /** Character range in the paragraph; an empty range at the point of removal for removed words. */
  draftStart: number;
  draftEnd: number;
  /** Character range in the precedent's text; empty for added words. */
  precedentStart: number;
  precedentEnd: number;
  draftWords: number;
  precedentWords: number;
}

export interface StrengthChange {
  /** Strengths of the whole precedent and of the whole paragraph, strongest first. */
  precedent: Strength[];
  draft: Strength[];
  /** The precedent's operative expressions that the edit touched ("devraient")... */
  removed: OperativeMarker[];
  /** ...and the paragraph's expressions in their place ("voudront peut-être"). */
  added: OperativeMarker[];
  /** Strongest added against strongest removed; 'changed' when they sit at the same level. */
  direction: 'weaker' | 'stronger' | 'changed';
}

/**
 * A negation or a qualifier the edit added or removed: it changes what the paragraph commits to
 * as much as a change of operative verb does ("devraient" / "ne devraient pas", "le cas échéant").
 */
export interface CommitmentChange {
  kind: 'negation' | 'qualifier';
  change: 'added' | 'removed';
  /** The qualifier, or the word that makes the negation ("pas", "sans", "not"). */
  phrase: string;
}

export interface PrecedentMatch {
  paragraphId: string;
  /** Dice coefficient of the aligned words: 1 when the wording is identical. */
  similarity: number;
  /** Words of the paragraph aligned with identical words of the precedent. */
  sameWords: number;
  precedentWords: number;
  /** Word-level comparison, for the best few precedents only (null for the others). */
  comparison: WordDiffPart[] | null;
  changes: { added: number; removed: number; replaced: number } | null;
  strengthChange: StrengthChange | null;
  /** Negations and qualifiers added or removed (compared precedents only; empty for the others). */
  commitmentChanges: CommitmentChange[];
  /** Other precedents with near-identical wording (e.g. recommendation I.2 and resolution 6/3, para. 2). */
  alsoAdoptedAs: string[];
}

/** A run of the paragraph's words and the precedent it is taken from, or null for wording of its own. */
export interface AttributedSpan {
  start: number;
  end: number;
  words: number;
  source: { paragraphId: string; start: number; end: number } | null;
}

export interface ParagraphCheck {
  /** 0-based position among the paragraphs of the checked text. */
  index: number;
  text: string;
  /** Offsets of `text` in the checked text. */
  start: number;
  end: number;
  lang: Lang;
  langSource: 'given' | 'detected' | 'default';
  verdict: Verdict;
  /** Words compared (a leading list label such as "3." or "a)" is not counted). */
  words: number;
  /** Share of those words inside spans taken from precedents, 0 to 1. */
  coverage: number;
  /** Closest precedents, best first. */
  precedents: PrecedentMatch[];
  /** The paragraph cut into consecutive spans, each attributed to a precedent or to none. */
  spans: AttributedSpan[];
  strengths: Strength[];
}

export interface PhraseUsage {
  phrase: string;
  /** Precedents containing the phrase, in corpus order. */
  paragraphIds: string[];
  count: number;
  years: { year: number; count: number }[];
  firstYear: number | null;
  lastYear: number | null;
}
