import { DRAFT_SECTIONS, type DraftContent } from '../draft/model';

/**
 * Whether the draft holds anything of a negotiation worth showing: a proposal on a span, a
 * paragraph alternative or a paragraph status. Labels alone do not count (the editor gives every
 * paragraph one), nor do delegations listed before anyone proposed anything: such a draft still
 * reads, and exports, as an ordinary draft.
 */
export function isNegotiated(content: DraftContent): boolean {
  return DRAFT_SECTIONS.some((section) =>
    content[section].some(
      (paragraph) =>
        paragraph.negotiation?.alternative !== undefined ||
        paragraph.negotiation?.status !== undefined ||
        paragraph.runs.some((run) => (run.marks?.length ?? 0) > 0),
    ),
  );
}
