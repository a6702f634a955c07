import { $getRoot, $getState, $setState, createState, type LexicalNode } from 'lexical';
import {
  emptyNegotiationSetup,
  PARAGRAPH_STATUSES,
  type NegotiationSetup,
  type ParagraphNegotiation,
} from '../../../shared/negotiation/model';

/**
 * Where the negotiating text lives in the editor (shared/negotiation/model.ts is the model):
 * - the draft-wide setup (delegations, prefixes, proposals, positions) on the root;
 * - each paragraph's label, alternative and status on its block;
 * - the proposals a piece of text lies in, as mark ids, on the text, agreed language and citations.
 * Node state is part of the editor state: saved with the draft, copied with the text, undone with Ctrl+Z.
 */
const setupState = createState('negotiation', {
  parse: (value): NegotiationSetup | null => (isRecord(value) && Array.isArray(value.delegations) && isRecord(value.marks) ? withDefaults(value) : null),
});

const paragraphState = createState('negotiation', {
  parse: (value): ParagraphNegotiation | null => (isRecord(value) ? parseParagraph(value) : null),
});

const marksState = createState('marks', {
  parse: (value): readonly string[] => (Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []),
  isEqual: (a, b) => sameMarks(a, b),
});

export function $getNegotiationSetup(): NegotiationSetup {
  return $getState($getRoot(), setupState) ?? emptyNegotiationSetup();
}

export function $hasNegotiationSetup(): boolean {
  return $getState($getRoot(), setupState) !== null;
}

export function $setNegotiationSetup(setup: NegotiationSetup): void {
  $setState($getRoot(), setupState, setup);
}

export function $updateNegotiationSetup(change: (setup: NegotiationSetup) => NegotiationSetup): void {
  $setNegotiationSetup(change($getNegotiationSetup()));
}

export function $getParagraphNegotiation(block: LexicalNode): ParagraphNegotiation {
  return $getState(block, paragraphState) ?? {};
}

export function $setParagraphNegotiation(block: LexicalNode, negotiation: ParagraphNegotiation): void {
  $setState(block, paragraphState, negotiation);
}

export function $getMarks(node: LexicalNode): readonly string[] {
  return $getState(node, marksState);
}

export function $setMarks(node: LexicalNode, marks: readonly string[]): void {
  if (!sameMarks($getMarks(node), marks)) $setState(node, marksState, [...marks]);
}

export function sameMarks(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function withDefaults(value: Record<string, unknown>): NegotiationSetup {
  const empty = emptyNegotiationSetup();
  const choices = isRecord(value.choices) ? value.choices : {};
  return {
    delegations: value.delegations as NegotiationSetup['delegations'],
    prefixes: isRecord(value.prefixes) ? { ...empty.prefixes, ...(value.prefixes as object) } : empty.prefixes,
    marks: value.marks as NegotiationSetup['marks'],
    choices: {
      marks: isRecord(choices.marks) ? (choices.marks as NegotiationSetup['choices']['marks']) : {},
      alternatives: isRecord(choices.alternatives) ? (choices.alternatives as NegotiationSetup['choices']['alternatives']) : {},
    },
  };
}

function parseParagraph(value: Record<string, unknown>): ParagraphNegotiation {
  const parsed: ParagraphNegotiation = {};
  const { label, alternative, status } = value;
  if (isRecord(label) && isWhole(label.number) && isWhole(label.addendum)) parsed.label = { number: label.number, addendum: label.addendum };
  if (isRecord(alternative) && isWhole(alternative.index) && Array.isArray(alternative.sponsors)) {
    parsed.alternative = { index: alternative.index, sponsors: alternative.sponsors.filter((id): id is string => typeof id === 'string') };
  }
  if (isRecord(status) && PARAGRAPH_STATUSES.includes(status.value as never) && typeof status.changedOn === 'string') {
    parsed.status = status as unknown as ParagraphNegotiation['status'] & object;
  }
  return parsed;
}

function isWhole(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
