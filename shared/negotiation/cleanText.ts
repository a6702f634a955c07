import { DRAFT_SECTIONS, type DraftContent, type DraftParagraph, type CitationRun, type DraftRun, type DraftSection } from '../draft/model';
import { labelKey } from './labels';
import { labelledContent, negotiationSetupOf } from './labelledContent';
import { flattenMarkTree, markTree, type MarkTreeNode } from './markTree';
import type { NegotiationSetup } from './model';

/**
 * The text as it would read with the delegate's position on every open point (README, "Clean
 * text"): each bracket, proposed deletion or insertion kept or dropped as chosen (kept by
 * default: the text as it stands), one alternative of each group (Alt 1 by default), brackets,
 * labels and statuses gone. Paragraphs left without words go; numbering is the export's, so the
 * clean text renumbers.
 */
export function cleanContent(content: DraftContent): DraftContent {
  const setup = negotiationSetupOf(content);
  const labelled = labelledContent(content);
  const clean: DraftContent = { preamble: [], operative: [] };
  for (const section of DRAFT_SECTIONS) {
    clean[section] = labelled[section]
      .filter((paragraph) => isChosenVersion(paragraph, section, setup))
      .map(({ negotiation: _negotiation, ...paragraph }) => ({ ...paragraph, runs: resolvedRuns(paragraph.runs, setup) }))
      .filter((paragraph) => paragraph.runs.some((run) => run.type !== 'text' || run.text.trim() !== ''));
  }
  return clean;
}

function isChosenVersion(paragraph: DraftParagraph, section: DraftSection, setup: NegotiationSetup): boolean {
  const { label, alternative } = paragraph.negotiation ?? {};
  if (!label || !alternative) return true;
  return (setup.choices.alternatives[labelKey(section, label)] ?? 1) === alternative.index;
}

/** A paragraph's runs as the clean text reads them with the positions of `setup`, marks gone. */
export function resolvedRuns(runs: readonly DraftRun[], setup: NegotiationSetup): DraftRun[] {
  return tidySpaces(flattenMarkTree(resolve(markTree(runs), setup)).map(withoutMarks));
}

function resolve(nodes: readonly MarkTreeNode[], setup: NegotiationSetup): MarkTreeNode[] {
  return nodes.flatMap((node) => {
    if (node.type === 'run') return [node];
    return keeps(node.id, setup) ? resolve(node.children, setup) : [];
  });
}

function keeps(markId: string, setup: NegotiationSetup): boolean {
  const mark = setup.marks[markId];
  // A mark the file does not define proposes nothing: its text stands.
  if (!mark) return true;
  if (mark.kind === 'alternative') return (setup.choices.alternatives[mark.group] ?? 1) === mark.index;
  return (setup.choices.marks[markId] ?? 'keep') === 'keep';
}

function withoutMarks(run: DraftRun): DraftRun {
  const { marks: _marks, ...plain } = run;
  return plain as DraftRun;
}

/** Taking out a span leaves the spaces on both sides of it: one is enough, and none before punctuation. */
function tidySpaces(runs: readonly DraftRun[]): DraftRun[] {
  const tidy = runs.map((run) => ({ ...run }));
  tidy.forEach((run, i) => {
    if (run.type !== 'text') return;
    const previous = tidy.slice(0, i).findLast((before): before is Exclude<DraftRun, CitationRun> => before.type !== 'citation');
    if (!previous) return;
    if (/\s$/u.test(previous.text) && /^\s/u.test(run.text)) run.text = run.text.trimStart();
    // The delegate's own words only: agreed language is never trimmed.
    if (/^[,.;:]/u.test(run.text) && previous.type === 'text') previous.text = previous.text.trimEnd();
  });
  return tidy;
}
