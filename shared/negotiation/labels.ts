import type { DraftSection } from '../draft/model';
import type { LabelPrefixes, ParagraphLabel } from './model';

/** The Latin adverbs negotiators use for inserted paragraphs, the same in French and English. */
const ADDENDA = ['', 'bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies'];

export function formatLabel(prefixes: LabelPrefixes, section: DraftSection, label: ParagraphLabel): string {
  const addendum = label.addendum === 0 ? '' : ` ${ADDENDA[label.addendum] ?? `(${label.addendum})`}`;
  return `${prefixes[section]}${label.number}${addendum}`;
}

/** Identifies a paragraph (and a group of paragraph alternatives) across edits and rounds. */
export function labelKey(section: DraftSection, label: ParagraphLabel): string {
  return `${section}:${label.number}.${label.addendum}`;
}

export interface LabelledUnit {
  label?: ParagraphLabel;
  /** Alternatives of one paragraph share its label; each keeps it. */
  alternativeIndex?: number;
}

/**
 * Labels for the paragraphs of one section, in order. A label once given never changes, so the
 * text can be negotiated by label: a paragraph without one (new, or split from another) or with
 * one already taken (a copy) gets the label of the paragraph before it with the next free
 * addendum (`OP3 bis`, `OP3 ter`), except at the end of the section, where the next number
 * follows (writing a text paragraph after paragraph is not inserting).
 */
export function assignLabels(units: readonly LabelledUnit[]): ParagraphLabel[] {
  const taken = new Set<string>();
  const keeps = units.map((unit) => {
    if (!unit.label || !isValid(unit.label)) return false;
    const key = `${unit.label.number}.${unit.label.addendum}/${unit.alternativeIndex ?? 0}`;
    if (taken.has(key)) return false;
    taken.add(key);
    return true;
  });
  const used = new Map<number, Set<number>>();
  const use = (label: ParagraphLabel) => {
    const addenda = used.get(label.number) ?? new Set<number>();
    addenda.add(label.addendum);
    used.set(label.number, addenda);
  };
  units.forEach((unit, i) => keeps[i] && use(unit.label!));
  let highest = Math.max(0, ...units.filter((_, i) => keeps[i]).map((unit) => unit.label!.number));

  const labels: ParagraphLabel[] = [];
  units.forEach((unit, i) => {
    if (keeps[i]) return labels.push(unit.label!);
    const before = labels.at(-1);
    const keptAfter = keeps.slice(i + 1).includes(true);
    let label: ParagraphLabel;
    if (!keptAfter && (!before || before.number >= highest)) {
      label = { number: highest + 1, addendum: 0 };
    } else {
      const number = before?.number ?? units.find((_, j) => keeps[j])!.label!.number;
      label = { number, addendum: nextFreeAddendum(used.get(number)) };
    }
    highest = Math.max(highest, label.number);
    use(label);
    labels.push(label);
  });
  return labels;
}

function nextFreeAddendum(addenda: Set<number> | undefined): number {
  let addendum = 1;
  while (addenda?.has(addendum)) addendum += 1;
  return addendum;
}

function isValid(label: ParagraphLabel): boolean {
  return Number.isInteger(label.number) && label.number >= 0 && Number.isInteger(label.addendum) && label.addendum >= 0;
}
