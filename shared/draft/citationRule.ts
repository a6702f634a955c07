import type { DraftContent, DraftParagraph, DraftRun, DraftSection } from './model';

/**
 * The citation rule as every reader of a draft applies it (export, provenance, check, the editor's
 * tests): a citation belongs to the piece of agreed language right before it, of the paragraph it
 * cites; each piece carries exactly that one citation. The editor keeps its drafts this way
 * (renderer/editor/citationUnits.ts); readers still apply the rule, so a file written by hand or
 * by an older version can never put a citation on the delegate's own words.
 */
export function citedRuns(runs: readonly DraftRun[]): DraftRun[] {
  const cited: DraftRun[] = [];
  for (const run of runs) {
    if (run.type === 'citation') continue;
    cited.push(run);
    // The citation lies inside the same proposals as the text it cites.
    if (run.type === 'precedent') cited.push({ type: 'citation', paragraphId: run.paragraphId, ...(run.marks ? { marks: run.marks } : {}) });
  }
  return cited;
}

export interface CitationRuleBreach {
  part: DraftSection;
  /** Position of the paragraph in its part (blank paragraphs included, as in the content). */
  paragraph: number;
  /** Position of the offending run. */
  run: number;
  /** `citation-outside-its-proposals`: a citation not inside the same brackets, alternatives or proposals as the text it cites. */
  problem: 'citation-without-its-text' | 'text-without-its-citation' | 'citation-outside-its-proposals';
}

/** Where a draft's content departs from the rule; none for a draft the editor wrote. */
export function citationRuleBreaches(content: DraftContent): CitationRuleBreach[] {
  const breaches: CitationRuleBreach[] = [];
  for (const part of ['preamble', 'operative'] as const) {
    content[part].forEach((paragraph, position) => {
      for (const breach of paragraphBreaches(paragraph)) breaches.push({ part, paragraph: position, ...breach });
    });
  }
  return breaches;
}

function paragraphBreaches({ runs }: DraftParagraph): Pick<CitationRuleBreach, 'run' | 'problem'>[] {
  const breaches: Pick<CitationRuleBreach, 'run' | 'problem'>[] = [];
  runs.forEach((run, position) => {
    const before = runs[position - 1];
    const after = runs[position + 1];
    if (run.type === 'citation' && !(before?.type === 'precedent' && before.paragraphId === run.paragraphId)) {
      breaches.push({ run: position, problem: 'citation-without-its-text' });
    } else if (run.type === 'citation' && (before?.marks ?? []).join(' ') !== (run.marks ?? []).join(' ')) {
      breaches.push({ run: position, problem: 'citation-outside-its-proposals' });
    }
    if (run.type === 'precedent' && !(after?.type === 'citation' && after.paragraphId === run.paragraphId)) {
      breaches.push({ run: position, problem: 'text-without-its-citation' });
    }
  });
  return breaches;
}
