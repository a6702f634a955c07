import { CITATION_LIKE, parseCitation } from '../citation/parseCitation';
import type { PrecedentChecker } from '../check/createPrecedentChecker';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { Lang } from '../corpus/model';
import type { Atom } from './atoms';
import { charAtoms, pushAll } from './atoms';
import type { OpenedPrecedent } from './model';
import { comparableText } from './provenanceTag';

export interface RecognitionContext {
  index: CorpusIndex;
  checker: PrecedentChecker;
  lang: Lang;
  found: OpenedPrecedent[];
  unlinked: string[];
  notesKeptAsText: { count: number };
  /** The document the last citation named, for "Ibid., par. 29" and "par. 29" after it. */
  citedDocument: { id: string | null };
  /** Stretches the precedent check may still compare: a draft has hundreds of paragraphs, a hostile file millions. */
  checksLeft: { count: number };
}

/** Longer than any paragraph of agreed language many times over: not compared word by word. */
const MAX_COMPARED_CHARACTERS = 20_000;

/** The precedent check of `text`, when the budget allows and the text is of a paragraph's size. */
function check(context: RecognitionContext, text: string) {
  if (text.length > MAX_COMPARED_CHARACTERS || context.checksLeft.count <= 0) return null;
  context.checksLeft.count -= 1;
  return context.checker.checkParagraph(text, { lang: context.lang });
}

type CharAtom = Extract<Atom, { kind: 'char' }>;

interface Marker {
  start: number;
  end: number;
  citation: string;
  note: boolean;
}

/** Citations typed in parentheses and notes, in text order. */
function markers(text: string, notes: readonly { at: number; text: string }[]): Marker[] {
  const found: Marker[] = notes.map((note) => ({ start: note.at, end: note.at, citation: note.text.trim(), note: true }));
  for (const match of text.matchAll(/\s*\(([^()]*)\)/gu)) {
    if (CITATION_LIKE.test(match[1] ?? '')) found.push({ start: match.index, end: match.index + match[0].length, citation: (match[1] ?? '').trim(), note: false });
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Where the agreed language of `paragraphId` ends right before a citation of it; null when the words before are not it. */
function citedSpan(context: RecognitionContext, text: string, from: number, marker: Marker, paragraphId: string): { start: number; end: number; tookMark: boolean; source: string } | null {
  const source = context.index.paragraphs.get(paragraphId)?.text[context.lang];
  if (source === undefined) return null;
  const before = text.slice(from, marker.start).trimEnd();
  if (before.endsWith(source)) return { start: from + before.length - source.length, end: from + before.length, tookMark: false, source };
  const mark = /[.,;:]$/u.exec(source)?.[0];
  // French note calls stand before the final mark: "… migrants¹."
  if (mark && before.endsWith(source.slice(0, -1)) && text[marker.end] === mark) return { start: from + before.length - source.length + 1, end: from + before.length, tookMark: true, source };
  const checked = check(context, before);
  if (!checked || checked.verdict === 'new' || checked.precedents[0]?.paragraphId !== paragraphId) return null;
  const taken = checked.spans.filter((span) => span.source?.paragraphId === paragraphId);
  if (taken.length === 0) return null;
  // The words up to the citation are what it cites, changed or not: the piece runs to it.
  const start = Math.min(...taken.map((span) => span.start));
  return { start: from + start, end: from + before.length, tookMark: false, source };
}

function unit(context: RecognitionContext, paragraphId: string, text: string, sourceText: string): Atom {
  context.found.push({ paragraphId, verdict: comparableText(text) === comparableText(sourceText) ? 'verbatim' : 'modified', origin: 'text', changedInWord: false });
  return { kind: 'unit', runs: [{ type: 'precedent', paragraphId, lang: context.lang, text, sourceText }, { type: 'citation', paragraphId }] };
}

/**
 * Agreed language in a stretch of typed text (no control, no tracked change): before a citation
 * typed in parentheses or given in a note, the cited paragraph's words (verbatim, or what the
 * check attributes to it); without a citation, a stretch whose words are exactly one precedent's.
 * Citations that name nothing or follow other words stay as they were typed.
 */
export function recogniseByText(context: RecognitionContext, chars: readonly CharAtom[], notes: readonly { at: number; text: string }[]): Atom[] {
  const text = chars.map((atom) => atom.char).join('');
  const out: Atom[] = [];
  let cursor = 0;
  for (const marker of markers(text, notes)) {
    if (marker.start < cursor) continue;
    const parsed = parseCitation(context.index, marker.citation.replace(/^ibid\.?,?\s*/iu, '').replace(/\.$/u, ''), { contextDocumentId: context.citedDocument.id });
    if (parsed.ok) context.citedDocument.id = parsed.documentId;
    const id = parsed.ok && parsed.paragraphIds.length === 1 ? parsed.paragraphIds[0]! : null;
    const span = id ? citedSpan(context, text, cursor, marker, id) : null;
    if (id && span) {
      pushAll(out, chars.slice(cursor, span.start));
      out.push(unit(context, id, text.slice(span.start, span.end) + (span.tookMark ? text[marker.end]! : ''), span.source));
      // Spaces between the words and a note call stay, after the citation.
      pushAll(out, chars.slice(span.end, marker.start));
      cursor = marker.end + (span.tookMark ? 1 : 0);
      continue;
    }
    if (CITATION_LIKE.test(marker.citation)) context.unlinked.push(marker.citation);
    if (marker.note) {
      pushAll(out, chars.slice(cursor, marker.start));
      // A draft has no notes of its own: the note's words stay, between parentheses, where it was called.
      if (!CITATION_LIKE.test(marker.citation)) context.notesKeptAsText.count += 1;
      pushAll(out, charAtoms(` (${marker.citation})`, { bold: false, italic: false }));
      cursor = marker.end;
    }
  }
  pushAll(out, chars.slice(cursor));
  if (out.some((atom) => atom.kind === 'unit') || text.trim() === '') return out;
  const checked = check(context, text);
  const id = checked?.verdict === 'verbatim' ? checked.precedents[0]?.paragraphId : undefined;
  const source = id ? context.index.paragraphs.get(id)?.text[context.lang] : undefined;
  if (!id || source === undefined) return out;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  const recognised: Atom[] = pushAll([], chars.slice(0, start));
  recognised.push(unit(context, id, text.slice(start, end), source));
  return pushAll(recognised, chars.slice(end));
}
