import { DRAFT_SECTIONS, type DraftContent } from '../../../shared/draft/model';
import { labelKey } from '../../../shared/negotiation/labels';
import type { NegotiationSetup } from '../../../shared/negotiation/model';

/**
 * The setup as the content shows it: proposals and positions no text refers to any more (their
 * text was deleted, or their marking undone) are left out, so the file says only what the text
 * holds. The editor keeps them, so undo brings them back with their text.
 */
export function usedSetup(setup: NegotiationSetup, content: DraftContent): NegotiationSetup {
  const used = new Set([...content.preamble, ...content.operative].flatMap((paragraph) => paragraph.runs.flatMap((run) => run.marks ?? [])));
  const marks = Object.fromEntries(Object.entries(setup.marks).filter(([id]) => used.has(id)));
  const groups = new Set(Object.values(marks).flatMap((mark) => (mark.kind === 'alternative' ? [mark.group] : [])));
  // Paragraph alternatives are chosen by their label's key.
  for (const section of DRAFT_SECTIONS) {
    for (const { negotiation } of content[section]) {
      if (negotiation?.alternative && negotiation.label) groups.add(labelKey(section, negotiation.label));
    }
  }
  return {
    ...setup,
    marks,
    choices: {
      marks: Object.fromEntries(Object.entries(setup.choices.marks).filter(([id]) => used.has(id))),
      alternatives: Object.fromEntries(Object.entries(setup.choices.alternatives).filter(([key]) => groups.has(key))),
    },
  };
}
