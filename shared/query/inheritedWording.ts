import type { CorpusIndex } from '../corpus/corpusIndex';
import type { Addressee, Paragraph, Strength } from '../corpus/model';

export const STRENGTHS: readonly Strength[] = ['decides', 'urges', 'requests', 'should', 'encourages', 'may', 'notes'];
export const ADDRESSEES: readonly Addressee[] = ['states-parties', 'states', 'secretariat', 'conference', 'working-group', 'other'];

/**
 * A sub-item such as "a) Renforcer ..." carries no verb of its own: its force and addressee are
 * those of its parent's lead-in ("Les États parties devraient :"). So a paragraph with none of its
 * own takes the nearest ancestor's.
 */
export function inheritedWording(index: CorpusIndex, paragraph: Paragraph): { strengths: Strength[]; addressees: Addressee[]; fromId: string | null } {
  let strengths = paragraph.strengths;
  let addressees = paragraph.addressees;
  let fromId: string | null = null;
  let parentId = paragraph.parentId;
  while ((strengths.length === 0 || addressees.length === 0) && parentId) {
    const parent = index.paragraphs.get(parentId);
    if (!parent) break;
    if (strengths.length === 0 && parent.strengths.length > 0) {
      strengths = parent.strengths;
      fromId = parent.id;
    }
    if (addressees.length === 0 && parent.addressees.length > 0) {
      addressees = parent.addressees;
      fromId = parent.id;
    }
    parentId = parent.parentId;
  }
  return { strengths, addressees, fromId };
}

export function strengthRank(strengths: readonly Strength[]): number {
  const ranks = strengths.map((strength) => STRENGTHS.indexOf(strength));
  return ranks.length > 0 ? Math.min(...ranks) : STRENGTHS.length;
}
