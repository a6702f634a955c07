import type { Lang } from '../corpus/model';
import { compareStrengths, detectStrengths, findOperativeMarkers, type OperativeMarker } from '../corpus/operativeStrength';
import type { WordToken } from '../text/normalizeWording';
import type { AlignedPart } from './compareWords';
import type { StrengthChange } from './model';

interface Side {
  text: string;
  tokens: readonly WordToken[];
}

/** Operative expressions with at least one word inside a changed part of the comparison. */
function touchedMarkers(side: Side, changed: (index: number) => boolean, lang: Lang): OperativeMarker[] {
  return findOperativeMarkers(side.text, lang).filter((marker) =>
    side.tokens.some((token, index) => token.start < marker.end && token.end > marker.start && changed(index)),
  );
}

function changedPositions(parts: readonly AlignedPart[], side: 'draft' | 'precedent', length: number): Uint8Array {
  const changed = new Uint8Array(length);
  for (const part of parts) {
    if (part.kind === 'same') continue;
    const [from, to] = side === 'draft' ? [part.draftFrom, part.draftTo] : [part.precedentFrom, part.precedentTo];
    changed.fill(1, from, to);
  }
  return changed;
}

function strongest(markers: readonly OperativeMarker[]): OperativeMarker | undefined {
  return [...markers].sort((a, b) => compareStrengths(a.strength, b.strength))[0];
}

/**
 * The change of operative strength an edit makes, or null when it makes none: the operative
 * expressions of the precedent that the edit touched are compared with those of the paragraph in
 * their place ("devraient" → "voudront peut-être": weaker). Rewording at the same level
 * ("prie instamment" → "exhorte") is not a strength change.
 */
export function strengthChange(draft: Side, precedent: Side, parts: readonly AlignedPart[], lang: Lang): StrengthChange | null {
  const draftChanged = changedPositions(parts, 'draft', draft.tokens.length);
  const precedentChanged = changedPositions(parts, 'precedent', precedent.tokens.length);
  const removed = touchedMarkers(precedent, (index) => precedentChanged[index] === 1, lang);
  const added = touchedMarkers(draft, (index) => draftChanged[index] === 1, lang);
  const levels = (markers: OperativeMarker[]): string => markers.map((marker) => marker.strength).sort().join(',');
  if (levels(removed) === levels(added)) return null;
  const before = strongest(removed);
  const after = strongest(added);
  const order = before && after ? compareStrengths(after.strength, before.strength) : before ? 1 : -1;
  return {
    precedent: detectStrengths(precedent.text, lang),
    draft: detectStrengths(draft.text, lang),
    removed,
    added,
    direction: order > 0 ? 'weaker' : order < 0 ? 'stronger' : 'changed',
  };
}
