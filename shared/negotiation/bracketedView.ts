import type { Lang } from '../corpus/model';
import { DRAFT_SECTIONS, type DraftContent, type DraftParagraph, type DraftRun, type DraftSection } from '../draft/model';
import { citedRuns } from '../draft/citationRule';
import { formatLabel } from './labels';
import { labelledContent, negotiationSetupOf } from './labelledContent';
import { markTree, type MarkTreeNode } from './markTree';
import type { NegotiationMark, NegotiationSetup, ParagraphStatus } from './model';
import { VIEW_WORDS, type ViewWords } from './viewWords';

/** A piece of a view: a run of the draft (struck or set apart when proposed for deletion or insertion), or words the view adds. */
export type ViewSegment =
  | { type: 'run'; run: DraftRun; proposal?: 'deletion' | 'insertion' }
  | { type: 'added'; text: string; role: 'bracket' | 'sponsors' | 'note' };

export interface ViewParagraph {
  section: DraftSection;
  /** Style and list of the paragraph, as the draft has them. */
  paragraph: DraftParagraph;
  /** "OP2", "OP2 Alt 2"; absent for headings and list items. */
  label?: string;
  /** Sponsors of the paragraph itself (an alternative paragraph): delegation labels. */
  sponsors: string[];
  status?: ParagraphStatus;
  segments: ViewSegment[];
}

/**
 * The negotiating text as it circulates: labels, each proposal between brackets with its sponsors
 * ("[UE : ...]"), alternatives as "[Alt 2 (Mexique) : ...]", proposed deletions struck and
 * insertions set apart, citations on the agreed language they cite (inside the same brackets).
 */
export function bracketedParagraphs(content: DraftContent, lang: Lang): ViewParagraph[] {
  const setup = negotiationSetupOf(content);
  const words = VIEW_WORDS[lang];
  const labelled = labelledContent(content);
  return DRAFT_SECTIONS.flatMap((section) =>
    labelled[section].filter(hasWords).map((paragraph) => {
      const { label, alternative, status } = paragraph.negotiation ?? {};
      const labelText = label ? formatLabel(setup.prefixes, section, label) : undefined;
      return {
        section,
        paragraph,
        ...(labelText ? { label: alternative ? `${labelText} ${words.alternative(alternative.index)}` : labelText } : {}),
        sponsors: sponsorLabels(alternative?.sponsors ?? [], setup),
        ...(status ? { status } : {}),
        segments: segmentsOf(markTree(citedRuns(paragraph.runs)), setup, words),
      };
    }),
  );
}

function hasWords(paragraph: DraftParagraph): boolean {
  return paragraph.runs.some((run) => run.type !== 'text' || run.text.trim() !== '');
}

export function sponsorLabels(ids: readonly string[], setup: NegotiationSetup): string[] {
  return ids.map((id) => setup.delegations.find((delegation) => delegation.id === id)?.label ?? id);
}

function segmentsOf(nodes: readonly MarkTreeNode[], setup: NegotiationSetup, words: ViewWords, proposal?: 'deletion' | 'insertion'): ViewSegment[] {
  return nodes.flatMap((node): ViewSegment[] => {
    if (node.type === 'run') return [{ type: 'run', run: node.run, ...(proposal ? { proposal } : {}) }];
    const mark = setup.marks[node.id];
    if (!mark) return segmentsOf(node.children, setup, words, proposal);
    const inner = mark.kind === 'deletion' || mark.kind === 'insertion' ? mark.kind : proposal;
    return [
      { type: 'added', text: '[', role: 'bracket' },
      ...lead(mark, setup, words),
      ...segmentsOf(node.children, setup, words, inner),
      { type: 'added', text: ']', role: 'bracket' },
      ...(mark.note ? [{ type: 'added' as const, text: ` (${mark.note})`, role: 'note' as const }] : []),
    ];
  });
}

function lead(mark: NegotiationMark, setup: NegotiationSetup, words: ViewWords): ViewSegment[] {
  const text = proposalLead(mark, setup, words);
  return text ? [{ type: 'added', text, role: 'sponsors' }] : [];
}

/** "UE : ", "Alt 2 (Mexique) : ", "UE, suppr. : "; nothing for a bracket nobody signed. */
export function proposalLead(mark: NegotiationMark, setup: NegotiationSetup, words: ViewWords): string {
  const sponsors = sponsorLabels(mark.sponsors, setup).join(', ');
  let text: string;
  switch (mark.kind) {
    case 'bracket':
      if (!sponsors) return '';
      text = sponsors;
      break;
    case 'alternative':
      text = sponsors ? `${words.alternative(mark.index)} (${sponsors})` : words.alternative(mark.index);
      break;
    case 'deletion':
    case 'insertion':
      text = [sponsors, words[mark.kind]].filter(Boolean).join(', ');
      break;
  }
  return words.sponsorsLead(text);
}
