import type { DraftRun, TextRun } from '../draft/model';
import type { NegotiationMark } from '../negotiation/model';
import type { Atom, ChangeRef } from './atoms';

export interface AssemblyContext {
  nextId(prefix: string): string;
  /** The delegation named after a Word author, added to the draft on first use. */
  delegationOf(author: string): string;
  marks: Record<string, NegotiationMark>;
  brackets: { count: number };
  proposals: Map<string, { insertions: number; deletions: number }>;
}

const sameChange = (a: ChangeRef | null, b: ChangeRef | null) => a?.kind === b?.kind && a?.author === b?.author;

/** Pairs of `[` and `]` typed in the paragraph, both in the same tracked change (or none), by opening position. */
function bracketPairs(atoms: readonly Atom[]): [number, number][] {
  const pairs: [number, number][] = [];
  const open: number[] = [];
  atoms.forEach((atom, position) => {
    if (atom.kind !== 'char') return;
    if (atom.char === '[') open.push(position);
    else if (atom.char === ']' && open.length > 0) {
      const start = open.pop()!;
      const opening = atoms[start] as Extract<Atom, { kind: 'char' }>;
      if (sameChange(opening.change, atom.change)) pairs.push([start, position]);
    }
  });
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** "[UE : …]", "[G77: …]": the sponsor negotiators type at the start of their bracket, as the bracketed view writes it. */
const SPONSOR = /^(\p{Lu}[\p{L}\p{N}.'’ -]{0,29}?)\s?:\s/u;

function sponsorPrefix(atoms: readonly Atom[], start: number, end: number): { label: string; length: number } | null {
  let text = '';
  for (let i = start + 1; i < end && i < start + 40; i++) {
    const atom = atoms[i]!;
    if (atom.kind !== 'char' || atom.char.length !== 1) break;
    text += atom.char;
  }
  const match = SPONSOR.exec(text);
  // "Alt 2 :" opens an alternative, not a sponsor's words.
  if (!match || /^alt\b/iu.test(match[1]!) || match[0].length >= end - start - 1) return null;
  return { label: match[1]!.trim(), length: match[0].length };
}

/**
 * The paragraph's runs: brackets typed in Word become bracket proposals (the characters go, the
 * bracketed view draws them again; a sponsor typed first, "[UE : …]", becomes the bracket's sponsor), tracked changes become insertion and deletion proposals of
 * their author, nested as they were typed. Adjacent characters alike make one text run.
 */
export function assembleRuns(context: AssemblyContext, atoms: readonly Atom[]): DraftRun[] {
  // Sparse: most characters lie in no bracket.
  const outer = new Map<number, string[]>();
  const inner = new Map<number, string[]>();
  const add = (into: Map<number, string[]>, position: number, id: string) => {
    const marks = into.get(position);
    if (marks) marks.push(id);
    else into.set(position, [id]);
  };
  const removed = new Set<number>();
  for (const [start, end] of bracketPairs(atoms)) {
    const id = context.nextId('word-bracket');
    const sponsor = sponsorPrefix(atoms, start, end);
    context.marks[id] = { kind: 'bracket', sponsors: sponsor ? [context.delegationOf(sponsor.label)] : [] };
    context.brackets.count += 1;
    const inChange = (atoms[start] as Extract<Atom, { kind: 'char' }>).change !== null;
    for (let i = start + 1; i < end; i++) add(inChange ? inner : outer, i, id);
    removed.add(start).add(end);
    for (let i = start + 1; i < start + 1 + (sponsor?.length ?? 0); i++) removed.add(i);
  }
  const runs: DraftRun[] = [];
  let changeId: string | null = null;
  let lastChange: ChangeRef | null = null;
  atoms.forEach((atom, position) => {
    if (removed.has(position)) return;
    if (atom.kind === 'unit') {
      lastChange = null;
      for (const proposal of atom.proposals ?? []) {
        context.marks[proposal.id] = { kind: 'alternative', group: proposal.group, index: proposal.index, sponsors: proposal.author ? [context.delegationOf(proposal.author)] : [] };
      }
      for (const run of atom.runs) runs.push({ ...run, marks: [...(outer.get(position) ?? []), ...(run.marks ?? [])] });
      return;
    }
    if (atom.change && !(changeId && sameChange(lastChange, atom.change))) {
      changeId = context.nextId(atom.change.kind === 'insertion' ? 'word-insertion' : 'word-deletion');
      context.marks[changeId] = { kind: atom.change.kind, sponsors: [context.delegationOf(atom.change.author)] };
      const counts = context.proposals.get(atom.change.author) ?? { insertions: 0, deletions: 0 };
      if (atom.change.kind === 'insertion') counts.insertions += 1;
      else counts.deletions += 1;
      context.proposals.set(atom.change.author, counts);
    }
    lastChange = atom.change;
    const marks = [...(outer.get(position) ?? []), ...(atom.change && changeId ? [changeId] : []), ...(inner.get(position) ?? [])];
    pushChar(runs, atom, marks);
  });
  return runs.map((run) => (run.marks && run.marks.length === 0 ? withoutMarks(run) : run));
}

function withoutMarks(run: DraftRun): DraftRun {
  const { marks: _marks, ...rest } = run;
  return rest;
}

function pushChar(runs: DraftRun[], atom: Extract<Atom, { kind: 'char' }>, marks: string[]): void {
  const last = runs.at(-1);
  if (last?.type === 'text' && Boolean(last.bold) === atom.bold && Boolean(last.italic) === atom.italic && sameMarks(last.marks ?? [], marks)) {
    last.text += atom.char;
    return;
  }
  const run: TextRun = { type: 'text', text: atom.char, ...(atom.bold ? { bold: true } : {}), ...(atom.italic ? { italic: true } : {}), marks };
  runs.push(run);
}

function sameMarks(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
