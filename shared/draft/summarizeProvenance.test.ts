import { describe, expect, test } from 'vitest';
import type { DraftParagraph, PrecedentRun } from './model';
import { classifyParagraph, summarizeProvenance } from './summarizeProvenance';

const source = 'Les États parties devraient coopérer.';

function precedent(paragraphId: string, text = source): PrecedentRun {
  return { type: 'precedent', paragraphId, lang: 'fr', text, sourceText: source };
}

const body = (...runs: DraftParagraph['runs']): DraftParagraph => ({ style: 'body', runs });

describe('classifyParagraph', () => {
  test('a precedent with its citation is verbatim agreed language', () => {
    expect(classifyParagraph(body(precedent('A#1'), { type: 'citation', paragraphId: 'A#1' }))).toBe('verbatim');
  });

  test('spacing and punctuation between precedents keep it verbatim', () => {
    expect(classifyParagraph(body(precedent('A#1'), { type: 'text', text: ' ; ' }, precedent('A#2', `${source}  `)))).toBe('verbatim');
  });

  test('an edited precedent, or words of the delegate beside one, make it modified', () => {
    expect(classifyParagraph(body(precedent('A#1', 'Les États parties doivent coopérer.')))).toBe('modified');
    expect(classifyParagraph(body({ type: 'text', text: 'Rappelant que ' }, precedent('A#1')))).toBe('modified');
  });

  test('no agreed language at all is new, even with a citation typed in', () => {
    expect(classifyParagraph(body({ type: 'text', text: 'Texte nouveau.' }, { type: 'citation', paragraphId: 'A#1' }))).toBe('new');
  });
});

describe('summarizeProvenance', () => {
  test('counts paragraphs by provenance, numbers the operative ones, and lists the sources of each kind once', () => {
    const summary = summarizeProvenance({
      preamble: [body(precedent('P#1'))],
      operative: [
        { style: 'heading', runs: [{ type: 'text', text: 'Coopération' }] },
        body(precedent('A#1'), { type: 'citation', paragraphId: 'A#1' }),
        body(precedent('A#2', 'Texte changé.')),
        body({ type: 'text', text: 'Nouveau.' }),
        body(precedent('A#1')),
      ],
    });
    expect(summary.counts).toEqual({ verbatim: 3, modified: 1, new: 1 });
    expect(summary.paragraphs.map((p) => [p.part, p.number, p.provenance])).toEqual([
      ['preamble', null, 'verbatim'],
      ['operative', 1, 'verbatim'],
      ['operative', 2, 'modified'],
      ['operative', 3, 'new'],
      ['operative', 4, 'verbatim'],
    ]);
    expect(summary.sources).toEqual({ verbatim: ['P#1', 'A#1'], modified: ['A#2'] });
  });
});
