import { describe, expect, test } from 'vitest';
import { citationRuleBreaches, citedRuns } from './citationRule';
import type { DraftRun } from './model';

const piece = (paragraphId: string, text = 'Les États parties devraient coopérer.'): DraftRun => ({
  type: 'precedent',
  paragraphId,
  lang: 'fr',
  text,
  sourceText: text,
});
const cite = (paragraphId: string): DraftRun => ({ type: 'citation', paragraphId });
const own = (text: string): DraftRun => ({ type: 'text', text });

describe('citedRuns', () => {
  test('keeps a draft that follows the rule as it is', () => {
    const runs = [own('Rappelant '), piece('A#1'), cite('A#1'), own(' et '), piece('B#2'), cite('B#2')];
    expect(citedRuns(runs)).toEqual(runs);
  });

  test('a citation after the delegate’s own sentence goes back to the agreed language it cites', () => {
    expect(citedRuns([piece('A#1'), own(' Nouveau paragraphe.'), cite('A#1')])).toEqual([piece('A#1'), cite('A#1'), own(' Nouveau paragraphe.')]);
  });

  test('a lone citation is dropped; agreed language without its citation gets it', () => {
    expect(citedRuns([cite('A#1')])).toEqual([]);
    expect(citedRuns([piece('A#1'), own(' suite')])).toEqual([piece('A#1'), cite('A#1'), own(' suite')]);
  });

  test('a citation of another paragraph never stays on a piece', () => {
    expect(citedRuns([piece('A#1'), cite('B#2')])).toEqual([piece('A#1'), cite('A#1')]);
  });
});

describe('citationRuleBreaches', () => {
  test('none for a draft that follows the rule', () => {
    expect(citationRuleBreaches({ preamble: [], operative: [{ style: 'body', runs: [piece('A#1'), cite('A#1'), own(' fin')] }] })).toEqual([]);
  });

  test('names each breach by part, paragraph and run', () => {
    const content = {
      preamble: [{ style: 'body' as const, runs: [cite('A#1')] }],
      operative: [{ style: 'body' as const, runs: [piece('A#1'), own(' Nouveau.'), cite('A#1')] }],
    };
    expect(citationRuleBreaches(content)).toEqual([
      { part: 'preamble', paragraph: 0, run: 0, problem: 'citation-without-its-text' },
      { part: 'operative', paragraph: 0, run: 0, problem: 'text-without-its-citation' },
      { part: 'operative', paragraph: 0, run: 2, problem: 'citation-without-its-text' },
    ]);
  });
});

describe('the citation rule in the negotiating text', () => {
  test('finds a citation that lies outside the brackets of the text it cites', () => {
    const quoted = { type: 'precedent' as const, paragraphId: 'X#1', lang: 'fr' as const, text: 'Texte.', sourceText: 'Texte.', marks: ['b1'] };
    const inside = { preamble: [], operative: [{ style: 'body' as const, runs: [quoted, { type: 'citation' as const, paragraphId: 'X#1', marks: ['b1'] }] }] };
    const outside = { preamble: [], operative: [{ style: 'body' as const, runs: [quoted, { type: 'citation' as const, paragraphId: 'X#1' }] }] };
    expect(citationRuleBreaches(inside)).toEqual([]);
    expect(citationRuleBreaches(outside)).toEqual([{ part: 'operative', paragraph: 0, run: 1, problem: 'citation-outside-its-proposals' }]);
  });
});
