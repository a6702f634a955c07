import type { DraftContent, DraftRun } from './model';

/**
 * The draft as plain text, one paragraph a line, a citation as its paragraph id in brackets:
 * what a word comparison of two versions of one draft reads.
 */
export function draftPlainText(content: DraftContent): string {
  return [...content.preamble, ...content.operative].map((paragraph) => paragraph.runs.map(runText).join('')).join('\n');
}

function runText(run: DraftRun): string {
  return run.type === 'citation' ? ` [${run.paragraphId}]` : run.text;
}
