import type { DraftContent, DraftParagraph, DraftSection } from '../draft/model';
import { DRAFT_SECTIONS } from '../draft/model';
import { formatLabel, labelKey } from './labels';
import { labelledContent, negotiationSetupOf } from './labelledContent';
import type { NegotiationMark } from './model';

/** A point the delegate takes a position on for the clean text. */
export type OpenPoint =
  | { type: 'proposal'; id: string; mark: Exclude<NegotiationMark, { kind: 'alternative' }>; label?: string; text: string; choice: 'keep' | 'remove' }
  | { type: 'alternatives'; scope: 'paragraph' | 'wording'; key: string; label?: string; options: AlternativeOption[]; chosen: number };

export interface AlternativeOption {
  index: number;
  sponsors: string[];
  text: string;
}

/**
 * Every bracket, proposed deletion or insertion and group of alternatives of the text, in reading
 * order, with the position taken on it (the clean text's defaults when none was).
 */
export function openPoints(content: DraftContent): OpenPoint[] {
  const setup = negotiationSetupOf(content);
  const labelled = labelledContent(content);
  const points: OpenPoint[] = [];
  const seen = new Set<string>();
  for (const section of DRAFT_SECTIONS) {
    for (const paragraph of labelled[section]) {
      const label = labelOf(paragraph, section, setup.prefixes);
      const { alternative } = paragraph.negotiation ?? {};
      if (alternative && paragraph.negotiation?.label) {
        const key = labelKey(section, paragraph.negotiation.label);
        if (!seen.has(key)) {
          seen.add(key);
          const options = labelled[section]
            .filter((p) => p.negotiation?.alternative && p.negotiation.label && labelKey(section, p.negotiation.label) === key)
            .map((p) => ({ index: p.negotiation!.alternative!.index, sponsors: p.negotiation!.alternative!.sponsors, text: wordsOf(p) }));
          points.push({ type: 'alternatives', scope: 'paragraph', key, ...(label ? { label } : {}), options, chosen: setup.choices.alternatives[key] ?? 1 });
        }
      }
      for (const id of new Set(paragraph.runs.flatMap((run) => run.marks ?? []))) {
        const mark = setup.marks[id];
        if (!mark) continue;
        if (mark.kind !== 'alternative') {
          const text = wordsOf(paragraph, id);
          points.push({ type: 'proposal', id, mark, ...(label ? { label } : {}), text, choice: setup.choices.marks[id] ?? 'keep' });
          continue;
        }
        if (seen.has(mark.group)) continue;
        seen.add(mark.group);
        const options = Object.entries(setup.marks)
          .flatMap(([otherId, other]) => (other.kind === 'alternative' && other.group === mark.group ? [{ index: other.index, sponsors: other.sponsors, text: wordsOf(paragraph, otherId) }] : []))
          .sort((a, b) => a.index - b.index);
        points.push({ type: 'alternatives', scope: 'wording', key: mark.group, ...(label ? { label } : {}), options, chosen: setup.choices.alternatives[mark.group] ?? 1 });
      }
    }
  }
  return points;
}

function labelOf(paragraph: DraftParagraph, section: DraftSection, prefixes: Parameters<typeof formatLabel>[0]): string | undefined {
  return paragraph.negotiation?.label ? formatLabel(prefixes, section, paragraph.negotiation.label) : undefined;
}

/** The words of a paragraph, or of one proposal in it; citations left out. */
function wordsOf(paragraph: DraftParagraph, markId?: string): string {
  return paragraph.runs
    .filter((run) => run.type !== 'citation' && (markId === undefined || run.marks?.includes(markId)))
    .map((run) => (run.type === 'citation' ? '' : run.text))
    .join('')
    .trim();
}

/** Open until its status says agreed (ad referendum or final): what "only open issues" shows. */
export function isOpenParagraph(paragraph: DraftParagraph): boolean {
  const status = paragraph.negotiation?.status?.value;
  return status !== 'agreed' && status !== 'agreedAdRef';
}
