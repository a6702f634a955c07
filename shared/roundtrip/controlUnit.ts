import { CITATION_LIKE } from '../citation/parseCitation';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { PrecedentRun } from '../draft/model';
import type { OpenedPrecedent } from './model';
import { comparableText, textHash, type ProvenanceTag } from './provenanceTag';
import type { WordPiece } from './readWordRuns';
import type { ListedSource } from './sourcesPart';

/** The precedent of a content control: its text in both states of any tracked change inside it. */
export interface ControlReading {
  /** The text as exported, tracked changes rejected. */
  before: PrecedentRun;
  /** With the changes accepted; the same as `before` without tracked changes. */
  after: PrecedentRun;
  /** The author of the first tracked change inside it, if any. */
  changedBy: string | null;
  citedInline: boolean;
  /** The export put a French note call before the source's final mark: that mark, just after the control, was taken back. */
  tookNextChar: boolean;
  found: OpenedPrecedent;
}

/** A citation typed inline at the end of the control: " (CTOC/COP/WG.7/2012/6, par. 25)". */
const TRAILING_CITATION = /\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/u;

function withoutCitation(text: string): { text: string; inline: boolean } {
  const match = TRAILING_CITATION.exec(text);
  if (!match || !CITATION_LIKE.test(match[1] ?? '')) return { text, inline: false };
  return { text: text.slice(0, match.index), inline: true };
}

/**
 * The source text the control's hashes vouch for: the library's, when it still says what was
 * exported; else the text the export listed beside it; else the library's as it now stands.
 */
function sourceTextOf(index: CorpusIndex, tag: ProvenanceTag, listed: readonly ListedSource[]): string | null {
  const library = index.paragraphs.get(tag.paragraphId)?.text[tag.lang];
  if (library !== undefined && textHash(library) === tag.sourceHash) return library;
  const kept = listed.find((source) => source.paragraphId === tag.paragraphId && source.lang === tag.lang && textHash(source.sourceText) === tag.sourceHash);
  return kept?.sourceText ?? library ?? null;
}

export function readControl(index: CorpusIndex, tag: ProvenanceTag, pieces: readonly WordPiece[], listed: readonly ListedSource[], nextChar: string | undefined): ControlReading {
  const text = (keep: (piece: WordPiece) => boolean) => pieces.filter((piece) => !piece.note && keep(piece)).map((piece) => piece.text).join('');
  const rawBefore = withoutCitation(text((piece) => piece.change?.kind !== 'insertion'));
  const rawAfter = withoutCitation(text((piece) => piece.change?.kind !== 'deletion'));
  const sourceText = sourceTextOf(index, tag, listed) ?? rawBefore.text;
  const mark = /[.,;:]$/u.exec(sourceText)?.[0];
  const tookNextChar = mark !== undefined && nextChar === mark && !rawAfter.text.endsWith(mark) && !rawBefore.text.endsWith(mark);
  if (tookNextChar) {
    rawBefore.text += mark;
    rawAfter.text += mark;
  }
  const run = (words: string): PrecedentRun => ({ type: 'precedent', paragraphId: tag.paragraphId, lang: tag.lang, text: words, sourceText });
  const changedBy = pieces.find((piece) => piece.change)?.change?.author ?? null;
  const after = run(rawAfter.text);
  return {
    before: run(rawBefore.text),
    after,
    changedBy,
    citedInline: rawBefore.inline,
    tookNextChar,
    found: {
      paragraphId: tag.paragraphId,
      verdict: comparableText(after.text) === comparableText(sourceText) ? 'verbatim' : 'modified',
      origin: 'control',
      changedInWord: textHash(after.text) !== tag.exportedHash,
    },
  };
}
