import { beforeAll, describe, expect, test } from 'vitest';
import { loadBundledCorpus } from '../../../../host/corpus/loadBundledCorpus';
import { createPrecedentChecker, type PrecedentChecker } from '../../../../shared/check/createPrecedentChecker';
import { indexCorpus, type CorpusIndex } from '../../../../shared/corpus/corpusIndex';
import type { Paragraph } from '../../../../shared/corpus/model';
import { highlightRanges } from './highlightRanges';

let index: CorpusIndex;
let checker: PrecedentChecker;
let i22: Paragraph;
let vi4: Paragraph;

beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
  checker = createPrecedentChecker(index);
  const ref = (key: string) => {
    const paragraph = index.byCompendiumRef.get(key);
    if (!paragraph?.text.fr) throw new Error(`${key} with its French text is in the corpus`);
    return paragraph;
  };
  i22 = ref('A:I.22');
  vi4 = ref('A:VI.4');
});

const INVENTED = 'Les délégations organisent chaque printemps un concours de poésie consacré aux phares.';

describe('highlightRanges', () => {
  test('a verbatim paragraph is marked whole as verbatim', () => {
    const text = `  ${i22.text.fr}`;
    expect(highlightRanges(checker.checkParagraph(text))).toEqual([{ start: 2, end: text.length, kind: 'verbatim' }]);
  });

  test('in modified agreed language, the precedent runs are verbatim and the changed words modified', () => {
    const original = i22.text.fr ?? '';
    const text = original.replace('particulière', 'spéciale');
    const ranges = highlightRanges(checker.checkParagraph(text));
    expect(ranges.map((range) => range.kind)).toEqual(['verbatim', 'modified', 'verbatim']);
    expect(text.slice(ranges[1]?.start, ranges[1]?.end)).toBe('spéciale');
    // Consecutive: nothing between the runs but the spaces around the changed word.
    expect(text.slice(ranges[0]?.end, ranges[1]?.start)).toBe(' ');
  });

  test('a paragraph stitched from two precedents is verbatim run by run; new language is new; English is not marked', () => {
    const stitched = `${i22.text.fr?.split('. ')[0]}. ${vi4.text.fr}`;
    const kinds = highlightRanges(checker.checkParagraph(stitched)).map((range) => range.kind);
    expect(kinds[0]).toBe('verbatim');
    expect(kinds.at(-1)).toBe('verbatim');
    expect(highlightRanges(checker.checkParagraph(INVENTED))).toEqual([{ start: 0, end: INVENTED.length - 1, kind: 'new' }]);
    expect(highlightRanges(checker.checkParagraph('States parties should consider strengthening their legislation.'))).toEqual([]);
  });
});
