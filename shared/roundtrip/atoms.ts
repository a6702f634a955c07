import type { DraftRun } from '../draft/model';

/** A tracked change as a proposal: consecutive characters of one change share it. */
export interface ChangeRef {
  kind: 'insertion' | 'deletion';
  author: string;
}

/**
 * A paragraph on its way to runs: characters (so brackets typed anywhere can be found and
 * removed) and units of agreed language with their citation, which brackets may enclose but never
 * cut. A `char` holds one UTF-16 unit, but for a paragraph kept whole (paragraphAtoms), a run's text.
 */
export type Atom =
  | { kind: 'char'; char: string; bold: boolean; italic: boolean; change: ChangeRef | null }
  | { kind: 'unit'; runs: DraftRun[]; proposals?: UnitAlternative[] };

/** An alternative the unit's runs name, to register in the negotiating text. */
export interface UnitAlternative {
  id: string;
  group: string;
  index: number;
  author: string | null;
}

export function charAtoms(text: string, format: { bold: boolean; italic: boolean }, change: ChangeRef | null = null): Atom[] {
  return text.split('').map((char) => ({ kind: 'char', char, bold: format.bold, italic: format.italic, change }));
}

/** Appends without spreading: a paragraph can hold millions of characters, more than a call takes arguments. */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
