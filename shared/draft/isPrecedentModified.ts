/**
 * Whether an inserted precedent no longer says what its source says. Spacing alone (a doubled
 * space, a non-breaking space typed as an ordinary one) does not change the wording.
 */
export function isPrecedentModified(text: string, sourceText: string): boolean {
  return normalizeSpacing(text) !== normalizeSpacing(sourceText);
}

function normalizeSpacing(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
