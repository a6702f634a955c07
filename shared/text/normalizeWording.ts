/**
 * Wording comparison: two texts have the same wording when they have the same words, in the same
 * order, with the same spelling, accents and case. Typography is not wording, so these do not
 * count: apostrophes (’ ‘ ʼ vs '), quotation mark styles (« » “ ” „ vs "), any run of spaces,
 * non-breaking or narrow spaces and line breaks, hyphen variants (‐ ‑ vs -), the œ/æ ligatures,
 * soft hyphens and zero-width characters, composed vs decomposed accents, markdown emphasis (*),
 * and footnote markers (¹ ², <sup>1</sup>, ^{1}, [^1]).
 *
 * Case rule: case matters ("Office" and "office" are different wording) except for the first word
 * of a sentence, which is compared without case on either side. A clause lifted from mid-sentence
 * ("les États parties devraient…") starts a sentence in a draft and must still match its source,
 * and a sub-item ("Faciliter, dans la mesure du possible…") continues a sentence in a draft.
 *
 * Punctuation is not part of the word sequence: the comparison reports words added, removed or
 * replaced, so a comma moved or a final ";" turned into "." does not make a paragraph "modified".
 */

const FOOTNOTE_MARKER = String.raw`<sup>\s*\d+\s*</sup>|\^\{\d+\}|\[\^\d+\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+`;
/** A letter superscript continues its word: `1^{er}`, `1<sup>er</sup>` read as "1er". */
const WORD_PIECE = String.raw`[\p{L}\p{M}\p{Nd}\u00ad]+`;
const SUPERSCRIPT_LETTERS = String.raw`(?:\^\{\p{L}+\}|<sup>\p{L}+</sup>)`;
const HYPHEN = String.raw`[-\u2010\u2011]`;
const APOSTROPHE = String.raw`['\u2019\u2018\u02bc]`;
/** A word, its hyphenated parts, and the apostrophe of an elision (l', d', qu') as part of it. */
const WORD = String.raw`${WORD_PIECE}(?:${SUPERSCRIPT_LETTERS}|${HYPHEN}${WORD_PIECE})*(?:${APOSTROPHE}(?=\p{L}))?`;
const TOKEN = new RegExp(String.raw`(${FOOTNOTE_MARKER})|(${WORD})`, 'gu');

const SENTENCE_END = /[.!?]/;
/** Characters that may sit between a sentence end and the next word: quotes, brackets, emphasis, markers, spaces. */
const SENTENCE_GAP = /[\s"'«»“”„‘’()[\]*\u00b9\u00b2\u00b3\u2070-\u2079]/;

export interface WordToken {
  /** The word as written in the text. */
  text: string;
  /** The word with typography normalised (see above); case and accents kept. */
  key: string;
  /** `key` in lower case, for retrieval and for sentence-initial comparison. */
  loose: string;
  /** Offsets of `text` in the tokenised string. */
  start: number;
  end: number;
  /** First word of the text or of a sentence: compared without case. */
  sentenceStart: boolean;
}

/** Characters that make a word's key differ from the word as written (most words have none). */
const NEEDS_KEYING = /[\p{M}^<}\u00ad\u2019\u2018\u02bc\u2010\u2011œŒæÆ]/u;

/** A word's key: the word with typography normalised, case and accents kept. */
export function wordKey(word: string): string {
  if (!NEEDS_KEYING.test(word)) return word;
  return word
    .normalize('NFC')
    .replace(/\^\{|<sup>|<\/sup>|\}|\u00ad/g, '')
    .replace(/[\u2019\u2018\u02bc]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'Oe')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'Ae');
}

function startsSentence(text: string, wordStart: number): boolean {
  for (let i = wordStart - 1; i >= 0; i--) {
    const character = text[i] ?? '';
    if (SENTENCE_END.test(character)) return true;
    if (!SENTENCE_GAP.test(character)) return false;
  }
  return true;
}

/**
 * Visits the words of `text` as written, with their offsets, skipping footnote markers and
 * punctuation; for indexing many texts without building a token per word.
 */
export function forEachWord(text: string, visit: (word: string, start: number, sentenceStart: boolean) => void): void {
  // An exec loop on a fresh copy: several times faster than matchAll here, and safe if `visit` tokenises too.
  const pattern = new RegExp(TOKEN);
  let first = true;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const word = match[2];
    if (word === undefined) continue;
    visit(word, match.index, first || startsSentence(text, match.index));
    first = false;
  }
}

export function wordToken(word: string, start: number, sentenceStart: boolean): WordToken {
  const key = wordKey(word);
  return { text: word, key, loose: key.toLowerCase(), start, end: start + word.length, sentenceStart };
}

/** The words of `text` with their offsets; footnote markers and punctuation are skipped. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  forEachWord(text, (word, start, sentenceStart) => tokens.push(wordToken(word, start, sentenceStart)));
  return tokens;
}

/** Same word for wording purposes: identical key, or same key but for case at a sentence start. */
export function sameWord(a: WordToken, b: WordToken): boolean {
  return a.key === b.key || ((a.sentenceStart || b.sentenceStart) && a.loose === b.loose);
}

/** True when the two texts have the same wording (same words in the same order, per the rules above). */
export function sameWording(a: string, b: string): boolean {
  const left = tokenizeWords(a);
  const right = tokenizeWords(b);
  return left.length === right.length && left.every((token, i) => sameWord(token, right[i] as WordToken));
}

/**
 * The text in a canonical typographic form (for display and exact comparison): markers dropped,
 * apostrophes, quotes, hyphens and spaces unified, French spacing before ; : ! ? and inside
 * guillemets removed. Words, case, accents and punctuation are kept.
 */
export function normalizeWording(text: string): string {
  return text
    .normalize('NFC')
    .replace(new RegExp(FOOTNOTE_MARKER, 'gu'), '')
    .replace(/\^\{(\p{L}+)\}|<sup>(\p{L}+)<\/sup>/gu, '$1$2')
    .replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff*]/g, '')
    .replace(/[\u2019\u2018\u02bc]/g, "'")
    .replace(/«\s*/g, '"')
    .replace(/\s*»/g, '"')
    .replace(/[“”„]/g, '"')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\u2012\u2013\u2014\u2015]/g, '–')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'Oe')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'Ae')
    .replace(/\s+/g, ' ')
    .replace(/ ([;:!?])/g, '$1')
    .trim();
}
