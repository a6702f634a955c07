import type { ParagraphCheck } from './model';

/** Every precedent a check result names: its words' sources, its close matches and their twins. */
export function checkParagraphIds(checks: readonly ParagraphCheck[]): string[] {
  const ids = new Set<string>();
  for (const check of checks) {
    for (const span of check.spans) if (span.source) ids.add(span.source.paragraphId);
    for (const match of check.precedents) {
      ids.add(match.paragraphId);
      for (const id of match.alsoAdoptedAs) ids.add(id);
    }
  }
  return [...ids];
}
