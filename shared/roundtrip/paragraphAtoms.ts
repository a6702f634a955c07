import type { DraftRun } from '../draft/model';
import type { Atom } from './atoms';
import { charAtoms, pushAll } from './atoms';
import { readControl } from './controlUnit';
import { recogniseByText, type RecognitionContext } from './recogniseByText';
import type { WordPiece, WordRunParagraph } from './readWordRuns';
import type { ProvenanceTag } from './provenanceTag';
import type { ListedSource } from './sourcesPart';

export interface ParagraphContext extends RecognitionContext {
  controls: readonly (ProvenanceTag | null)[];
  listed: readonly ListedSource[];
  notes: ReadonlyMap<string, string>;
  /** Ids for the alternatives a tracked change inside agreed language becomes. */
  nextId(prefix: string): string;
  alternatives: { count: number };
  sawInlineCitation: { value: boolean };
}

/** Pieces in a row that read alike: one control, or typed text without changes, or one tracked change. */
function groups(pieces: readonly WordPiece[], controls: ParagraphContext['controls']): WordPiece[][] {
  const out: WordPiece[][] = [];
  // A control that is not ours is read as the text it holds.
  const ours = (piece: WordPiece) => (piece.control !== null && controls[piece.control] ? piece : { ...piece, control: null });
  const key = (piece: WordPiece) => (piece.control !== null ? `c${piece.control}` : piece.change ? 'change' : 'free');
  for (const piece of pieces.map(ours)) {
    const last = out.at(-1);
    if (last && key(last[0]!) === key(piece)) last.push(piece);
    else out.push([piece]);
  }
  return out;
}

/**
 * A precedent of a control, as a unit: with a tracked change inside it, two alternatives of the
 * same agreed language, Alt 1 as exported and Alt 2 as the change's author has it, so no word of
 * either is lost and the proposal keeps its author.
 */
function controlUnit(context: ParagraphContext, reading: ReturnType<typeof readControl>): Atom {
  if (reading.before.text === reading.after.text) return { kind: 'unit', runs: [reading.after, { type: 'citation', paragraphId: reading.after.paragraphId }] };
  const group = context.nextId('word-group');
  const first = context.nextId('word-alt');
  const second = context.nextId('word-alt');
  context.alternatives.count += 1;
  const runs: DraftRun[] = [
    { ...reading.before, marks: [first] },
    { type: 'citation', paragraphId: reading.before.paragraphId, marks: [first] },
    { ...reading.after, marks: [second] },
    { type: 'citation', paragraphId: reading.after.paragraphId, marks: [second] },
  ];
  return {
    kind: 'unit',
    runs,
    proposals: [
      { id: first, group, index: 1, author: null },
      { id: second, group, index: 2, author: reading.changedBy },
    ],
  };
}

/** Far longer than any paragraph a draft has: such a paragraph is kept as its runs, nothing recognised in it. */
const MAX_READ_CHARACTERS = 100_000;

/**
 * A paragraph's runs kept whole (an atom may hold many characters): its words and tracked changes
 * stay, but brackets are not looked for and nothing is recognised, so a hostile file of one
 * paragraph of millions of characters costs what its size does, not millions of objects.
 */
function wholeRuns(context: ParagraphContext, paragraph: WordRunParagraph): Atom[] {
  return paragraph.pieces.map((piece) => {
    const text = piece.note ? ` (${context.notes.get(`${piece.note.kind}:${piece.note.id}`) ?? ''})` : piece.text;
    return { kind: 'char', char: text, bold: piece.bold, italic: piece.italic, change: piece.change };
  });
}

export function paragraphAtoms(context: ParagraphContext, paragraph: WordRunParagraph): Atom[] {
  if (paragraph.pieces.reduce((length, piece) => length + piece.text.length, 0) > MAX_READ_CHARACTERS) return wholeRuns(context, paragraph);
  const atoms: Atom[] = [];
  const pending = groups(paragraph.pieces, context.controls);
  for (let i = 0; i < pending.length; i++) {
    const group = pending[i]!;
    const first = group[0]!;
    if (first.control !== null) {
      const nextText = pending[i + 1]?.find((piece) => piece.text !== '')?.text;
      const reading = readControl(context.index, context.controls[first.control]!, group, context.listed, nextText?.[0]);
      if (reading.citedInline) context.sawInlineCitation.value = true;
      context.found.push(reading.found);
      if (reading.after.text.trim() === '' && reading.before.text.trim() === '') continue;
      atoms.push(controlUnit(context, reading));
      if (reading.tookNextChar) dropFirstChar(pending, i + 1);
    } else if (first.change) {
      for (const piece of group) pushAll(atoms, charAtoms(piece.text, piece, piece.change));
    } else {
      const chars: Extract<Atom, { kind: 'char' }>[] = [];
      const notes: { at: number; text: string }[] = [];
      for (const piece of group) {
        if (piece.note) notes.push({ at: chars.length, text: context.notes.get(`${piece.note.kind}:${piece.note.id}`) ?? '' });
        else pushAll(chars, charAtoms(piece.text, piece) as Extract<Atom, { kind: 'char' }>[]);
      }
      pushAll(atoms, recogniseByText(context, chars, notes.filter((note) => note.text.trim() !== '')));
    }
  }
  return atoms;
}

function dropFirstChar(pending: WordPiece[][], at: number): void {
  const group = pending[at];
  const piece = group?.find((each) => each.text !== '');
  if (piece) piece.text = piece.text.slice(1);
}
