import type { ThematicIndex } from '../parse/parseThematicIndex';

export interface IndexLocatorEntry {
  locator: string;
  line: number;
}

/** Every locator the index prints for each compendium reference, keyed `A:I.22`. */
export function indexLocatorsByReference(index: ThematicIndex): Map<string, IndexLocatorEntry[]> {
  const byReference = new Map<string, IndexLocatorEntry[]>();
  for (const theme of index.themes) {
    for (const citation of theme.citations) {
      if (!citation.locator) continue;
      const key = `${citation.part}:${citation.section}.${citation.path}`;
      const entries = byReference.get(key) ?? [];
      entries.push({ locator: citation.locator, line: citation.line });
      byReference.set(key, entries);
    }
  }
  return byReference;
}

/** `8.e` → number 8, items ['e']; `al.5` → number 5, preamble. */
export function splitLocator(locator: string): { number: number | null; items: string[]; preamble: boolean } {
  const steps = locator.split('.');
  if (steps[0] === 'al') return { number: Number(steps[1]), items: [], preamble: true };
  const number = /^\d+$/.test(steps[0] ?? '') ? Number(steps.shift()) : null;
  return { number, items: steps, preamble: false };
}
