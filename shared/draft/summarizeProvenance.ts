import type { DraftContent, DraftParagraph } from './model';
import { isPrecedentModified } from './isPrecedentModified';

/**
 * verbatim: every word of the paragraph is unmodified agreed language;
 * modified: it holds agreed language, edited or mixed with words of the delegate;
 * new: it holds no agreed language at all.
 */
export type ParagraphProvenance = 'verbatim' | 'modified' | 'new';

export interface ParagraphProvenanceEntry {
  part: 'preamble' | 'operative';
  /** The operative paragraph's number as the draft shows it; null in the preamble. */
  number: number | null;
  provenance: ParagraphProvenance;
  /** Paragraph ids of the precedents it holds, in order, each once. */
  sourceIds: string[];
}

export interface ProvenanceSummary {
  paragraphs: ParagraphProvenanceEntry[];
  counts: Record<ParagraphProvenance, number>;
  /** The sources of the verbatim and of the modified paragraphs, each once, in draft order. */
  sources: Record<Exclude<ParagraphProvenance, 'new'>, string[]>;
}

/** Letters or digits typed around the precedents make a paragraph more than agreed language. */
const WORDING = /[\p{L}\p{N}]/u;

export function classifyParagraph(paragraph: DraftParagraph): ParagraphProvenance {
  let hasPrecedent = false;
  let changed = false;
  for (const run of paragraph.runs) {
    if (run.type === 'precedent') {
      hasPrecedent = true;
      if (isPrecedentModified(run.text, run.sourceText)) changed = true;
    } else if (run.type === 'text' && WORDING.test(run.text)) {
      changed = true;
    }
  }
  if (!hasPrecedent) return 'new';
  return changed ? 'modified' : 'verbatim';
}

/** Headings are titles, not paragraphs of the text: they are neither counted nor numbered. */
export function summarizeProvenance(content: DraftContent): ProvenanceSummary {
  const paragraphs: ParagraphProvenanceEntry[] = [];
  const counts: Record<ParagraphProvenance, number> = { verbatim: 0, modified: 0, new: 0 };
  const sources = { verbatim: new Set<string>(), modified: new Set<string>() };

  for (const part of ['preamble', 'operative'] as const) {
    let number = 0;
    for (const paragraph of content[part]) {
      if (paragraph.style === 'heading') continue;
      number += 1;
      const provenance = classifyParagraph(paragraph);
      const sourceIds = [...new Set(paragraph.runs.flatMap((run) => (run.type === 'precedent' ? [run.paragraphId] : [])))];
      paragraphs.push({ part, number: part === 'operative' ? number : null, provenance, sourceIds });
      counts[provenance] += 1;
      if (provenance !== 'new') for (const id of sourceIds) sources[provenance].add(id);
    }
  }
  return { paragraphs, counts, sources: { verbatim: [...sources.verbatim], modified: [...sources.modified] } };
}
