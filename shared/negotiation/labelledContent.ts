import { DRAFT_SECTIONS, type DraftContent, type DraftParagraph } from '../draft/model';
import { assignLabels } from './labels';
import { emptyNegotiationSetup, type NegotiationSetup } from './model';

/** Body paragraphs carry labels; headings and list items (sub-paragraphs) do not. */
export function isLabelled(paragraph: DraftParagraph): boolean {
  return paragraph.style === 'body' && !paragraph.list;
}

/**
 * The content with every labelled paragraph's label filled in by the rule of `assignLabels`: what
 * the editor keeps, and what a file written before labels existed (or by hand) reads as.
 */
export function labelledContent(content: DraftContent): DraftContent {
  const labelled: DraftContent = { ...content, preamble: [], operative: [] };
  for (const section of DRAFT_SECTIONS) {
    const paragraphs = content[section];
    const units = paragraphs.filter(isLabelled);
    const labels = assignLabels(units.map((p) => ({ label: p.negotiation?.label, alternativeIndex: p.negotiation?.alternative?.index })));
    let next = 0;
    labelled[section] = paragraphs.map((paragraph) => {
      if (!isLabelled(paragraph)) return paragraph;
      return { ...paragraph, negotiation: { ...paragraph.negotiation, label: labels[next++]! } };
    });
  }
  return labelled;
}

export function negotiationSetupOf(content: DraftContent): NegotiationSetup {
  return content.negotiation ?? emptyNegotiationSetup();
}
