import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { indexCorpus, type CorpusIndex } from '../corpus/corpusIndex';
import type { Paragraph } from '../corpus/model';
import { formatReference, locatorKey } from './formatReference';
import { parseReference } from './parseReference';

let index: CorpusIndex;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
});

function resolve(ref: string): Paragraph {
  const parsed = parseReference(index, ref);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.paragraph;
}

function failure(ref: string): string {
  const parsed = parseReference(index, ref);
  if (parsed.ok) throw new Error(`"${ref}" unexpectedly resolved to ${parsed.paragraph.id}`);
  return parsed.message;
}

const symbolOf = (paragraph: Paragraph) => index.documents.get(paragraph.docId)?.symbol;

describe('parseReference: compendium references as printed', () => {
  it('reads Part A references with or without the part', () => {
    expect(resolve('I.22').compendiumRef).toBe('I.22');
    expect(resolve('A:I.22')).toBe(resolve('I.22'));
    expect(resolve('V.2.e')).toMatchObject({ compendiumRef: 'V.2.e', compendiumPart: 'A', locator: { items: ['e'] } });
  });

  it('reads Part B operative, preambular and decision references', () => {
    expect(resolve('B:VI.9.c')).toMatchObject({ compendiumRef: 'VI.9.c', compendiumPart: 'B', locator: { kind: 'operative', number: 9, items: ['c'] } });
    expect(symbolOf(resolve('B:VI.9.c'))).toBe('CTOC/COP/2012/15');
    expect(resolve('B:VI.al.5')).toMatchObject({ locator: { kind: 'preamble', number: 5 } });
    expect(resolve('B:IV.j.ii')).toMatchObject({ locator: { number: null, items: ['j', 'ii'] } });
    expect(symbolOf(resolve('B:IV.j.ii'))).toBe('CTOC/COP/2008/19');
  });

  it('ignores case and spaces', () => {
    expect(resolve(' a : i . 22 ')).toBe(resolve('I.22'));
    expect(resolve('b:vi.AL.5')).toBe(resolve('B:VI.al.5'));
    expect(resolve('v.2(e)')).toBe(resolve('V.2.e'));
  });
});

describe('parseReference: document and locator', () => {
  it('reads a symbol and a paragraph, sub-item or preambular paragraph', () => {
    expect(resolve('CTOC/COP/WG.7/2012/6:25')).toBe(resolve('I.22'));
    expect(resolve('CTOC/COP/WG.7/2018/3:8.e')).toMatchObject({ locator: { number: 8, items: ['e'] } });
    expect(symbolOf(resolve('CTOC/COP/WG.7/2018/3:8.e'))).toBe('CTOC/COP/WG.7/2018/3');
    expect(resolve('CTOC/COP/2012/15:al.5')).toBe(resolve('B:VI.al.5'));
  });

  it('reads the short key of the report that has no symbol', () => {
    const paragraph = resolve('WG.7-2022:8.a');
    expect(symbolOf(paragraph)).toBeNull();
    expect(paragraph.locator).toMatchObject({ kind: 'recommendation', number: 8, items: ['a'] });
  });

  it('reads a bare number as the document\'s own scheme and par.N as a report paragraph', () => {
    expect(resolve('WG.7-2022:3').locator).toMatchObject({ kind: 'recommendation', number: 3 });
    expect(resolve('WG.7-2022:par.3')).toMatchObject({ adopted: false, locator: { kind: 'paragraph', number: 3 } });
    expect(resolve('CTOC/COP/WG.7/2017/5:rec.10')).toBe(resolve('CTOC/COP/WG.7/2017/5:10'));
  });

  it('accepts the spellings people type and paragraph ids', () => {
    const expected = resolve('CTOC/COP/WG.7/2018/3:8.e');
    expect(resolve('ctoc/cop/wg.7/2018/3 : 8 (e)')).toBe(expected);
    expect(resolve('CTOC/COP/WG.7/2018/3:par. 8 e)')).toBe(expected);
    expect(resolve(expected.id)).toBe(expected);
    expect(resolve('CTOC/COP/2012/15:al 5')).toBe(resolve('B:VI.al.5'));
  });

  it('reaches chapeaus and the unnumbered preamble', () => {
    const chapeau = index.corpus.paragraphs.find((p) => p.locator.kind === 'chapeau' && index.documents.get(p.docId)?.number === '3/3');
    expect(chapeau && resolve('CTOC/COP/2006/14:chapeau')).toBe(chapeau);
    expect(resolve('CTOC/COP/2010/17:préambule').locator.kind).toBe('unnumbered-preamble');
  });
});

describe('parseReference: every paragraph is reachable', () => {
  it('reads back the reference formatReference prints, and document:locator, for every paragraph', () => {
    expect(index.corpus.paragraphs.length).toBeGreaterThan(200);
    for (const paragraph of index.corpus.paragraphs) {
      expect(resolve(formatReference(index, paragraph))).toBe(paragraph);
      const document = index.documents.get(paragraph.docId);
      if (!document) throw new Error(`${paragraph.id} has no document`);
      expect(resolve(`${document.symbol ?? document.shortKey}:${locatorKey(paragraph.locator, document.locatorScheme)}`)).toBe(paragraph);
      expect(resolve(paragraph.id)).toBe(paragraph);
    }
  });
});

describe('parseReference: clear messages', () => {
  it('says which compendium section does not exist', () => {
    expect(failure('IX.1')).toMatch(/Part A of the compendium has no section "IX" \(its sections are I, II, III, IV, V, VI\)/);
  });

  it('suggests the reference in the other part of the compendium', () => {
    expect(failure('VI.9.c')).toContain('Part B has it: B:VI.9.c');
  });

  it('gives the range that exists when a number or letter is out of it', () => {
    expect(failure('I.56')).toContain('the compendium has no I.56. I.1 to I.55 exist.');
    expect(failure('B:IV.z')).toContain('B:IV.a to B:IV.k exist.');
    expect(failure('WG.7-2022:14')).toContain('WG.7-2022 has no paragraph "14". WG.7-2022:1 to WG.7-2022:13 exist.');
  });

  it('suggests a close reference when there is no range to give', () => {
    expect(failure('I.22.a')).toMatch(/the compendium has no I\.22\.a\. Did you mean I\.22 /);
  });

  it('names the unknown document and suggests a close symbol', () => {
    expect(failure('CTOC/COP/WG.7/2012/7:25')).toMatch(/no document "CTOC\/COP\/WG\.7\/2012\/7".*Did you mean CTOC\/COP\/WG\.7\/2012\/6/);
  });

  it('names the document that lacks the locator', () => {
    expect(failure('CTOC/COP/WG.7/2012/6:999')).toContain('CTOC/COP/WG.7/2012/6 has no paragraph "999"');
  });

  it('asks for a locator when given a document alone, and for something when given nothing', () => {
    expect(failure('CTOC/COP/WG.7/2012/6')).toContain('add a locator');
    expect(failure('  ')).toContain('Empty reference');
  });
});
