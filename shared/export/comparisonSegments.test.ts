import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { createPrecedentChecker, type PrecedentChecker } from '../check/createPrecedentChecker';
import { indexCorpus } from '../corpus/corpusIndex';
import { comparisonSegments, type ComparisonSegment } from './comparisonSegments';

let checker: PrecedentChecker;
let i22 = '';
beforeAll(async () => {
  const index = indexCorpus(await loadBundledCorpus());
  checker = createPrecedentChecker(index);
  i22 = index.byCompendiumRef.get('A:I.22')?.text.fr ?? '';
  expect(i22).toContain(' particulière ');
});

function segmentsFor(text: string): ComparisonSegment[] {
  const parts = checker.checkParagraph(text).precedents[0]?.comparison;
  if (!parts) throw new Error('The text is compared with its closest precedent');
  return comparisonSegments(text, parts);
}

/** The precedent's side (agreed and deleted words) and the paragraph's side (agreed and added words). */
function sides(segments: ComparisonSegment[]): { precedent: string; paragraph: string } {
  const pick = (segment: ComparisonSegment, side: 'precedent' | 'paragraph') => {
    switch (segment.kind) {
      case 'same':
        return segment.text;
      case 'added':
        return side === 'paragraph' ? segment.added : '';
      case 'removed':
        return side === 'precedent' ? segment.removed : '';
      case 'replaced':
        return side === 'precedent' ? segment.removed : segment.added;
    }
  };
  const join = (side: 'precedent' | 'paragraph') => segments.map((segment) => pick(segment, side)).join('').replace(/\s+/g, ' ');
  return { precedent: join('precedent'), paragraph: join('paragraph') };
}

describe('comparisonSegments', () => {
  it('puts a removed word back where it was, spaced as in the precedent, inside or at the end of a sentence', () => {
    const withoutWord = i22.replace(' particulière ', ' ');
    const segments = segmentsFor(withoutWord);
    expect(segments.filter((segment) => segment.kind !== 'same')).toEqual([{ kind: 'removed', removed: 'particulière' }]);
    expect(sides(segments)).toEqual({ precedent: i22, paragraph: withoutWord });

    const withoutLast = i22.replace(/ migrants\.$/, '.');
    const atEnd = segmentsFor(withoutLast);
    expect(atEnd.filter((segment) => segment.kind !== 'same')).toEqual([{ kind: 'removed', removed: 'migrants' }]);
    expect(sides(atEnd).precedent).toBe(i22);
  });

  it("keeps the paragraph's own spaces and punctuation around added and replaced words", () => {
    const edited = `Rappelant la Convention, ${i22.replace('particulière', 'spéciale')}`;
    const segments = segmentsFor(edited);
    expect(segments.filter((segment) => segment.kind !== 'same')).toEqual([
      { kind: 'added', added: 'Rappelant la Convention' },
      { kind: 'replaced', removed: 'particulière', added: 'spéciale' },
    ]);
    expect(sides(segments).paragraph).toBe(edited);
  });
});
