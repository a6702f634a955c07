import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { indexCorpus, type CorpusIndex } from '../corpus/corpusIndex';
import type { Locator, Paragraph } from '../corpus/model';
import { SOURCE_FILES } from '../corpus/sourceFiles';
import { formatCitation } from './formatCitation';

let index: CorpusIndex;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
});

/** Finds a paragraph by its document and its locator, independently of id conventions. */
function at(document: { symbol?: string | null; number?: string }, kind: Locator['kind'], number: number | null = null, items: string[] = []): Paragraph {
  const doc = index.corpus.documents.find((d) => (document.symbol === undefined || d.symbol === document.symbol) && (document.number === undefined || d.number === document.number));
  const found = index.corpus.paragraphs.find(
    (p) => p.docId === doc?.id && p.locator.kind === kind && p.locator.number === number && p.locator.items.join('.') === items.join('.'),
  );
  if (!found) throw new Error(`No ${kind} ${number} ${items.join('.')} in ${JSON.stringify(document)}`);
  return found;
}

const cite = (paragraphs: Paragraph[], lang: 'en' | 'fr', typography: 'plain' | 'typographic' = 'plain') =>
  formatCitation(index, paragraphs.map((p) => p.id), lang, typography);

describe('formatCitation on the real corpus: the table of issue 2', () => {
  const rows: { kind: string; paragraph: () => Paragraph; en: string; fr: string }[] = [
    {
      kind: 'report paragraph',
      paragraph: () => at({ symbol: 'CTOC/COP/WG.7/2012/6' }, 'paragraph', 25),
      en: 'CTOC/COP/WG.7/2012/6, para. 25',
      fr: 'CTOC/COP/WG.7/2012/6, par. 25',
    },
    {
      kind: 'sub-item',
      paragraph: () => at({ symbol: 'CTOC/COP/WG.7/2018/3' }, 'paragraph', 8, ['e']),
      en: 'CTOC/COP/WG.7/2018/3, para. 8 (e)',
      fr: 'CTOC/COP/WG.7/2018/3, par. 8 e)',
    },
    {
      kind: 'numbered recommendation',
      paragraph: () => at({ symbol: 'CTOC/COP/WG.7/2017/5' }, 'recommendation', 10),
      en: 'CTOC/COP/WG.7/2017/5, recommendation 10',
      fr: 'CTOC/COP/WG.7/2017/5, recommandation 10',
    },
    {
      kind: 'resolution paragraph',
      paragraph: () => at({ number: '6/3' }, 'operative', 9, ['c']),
      en: 'CTOC/COP/2012/15, resolution 6/3, para. 9 (c)',
      fr: 'CTOC/COP/2012/15, résolution 6/3, par. 9 c)',
    },
    {
      kind: 'preamble',
      paragraph: () => at({ number: '6/3' }, 'preamble', 5),
      en: 'CTOC/COP/2012/15, resolution 6/3, preambular para. 5',
      fr: 'CTOC/COP/2012/15, résolution 6/3, al. 5 du préambule',
    },
    {
      kind: 'decision',
      paragraph: () => at({ number: '4/5' }, 'operative', null, ['j', 'ii']),
      en: 'CTOC/COP/2008/19, decision 4/5, para. (j) (ii)',
      fr: 'CTOC/COP/2008/19, décision 4/5, al. j) ii)',
    },
    {
      kind: 'chapeau',
      paragraph: () => at({ number: '3/3' }, 'chapeau'),
      en: 'CTOC/COP/2006/14, decision 3/3, chapeau',
      fr: 'CTOC/COP/2006/14, décision 3/3, chapeau',
    },
    {
      kind: 'unnumbered preamble',
      paragraph: () => at({ number: '5/3' }, 'unnumbered-preamble'),
      en: 'CTOC/COP/2010/17, resolution 5/3, preamble',
      fr: 'CTOC/COP/2010/17, résolution 5/3, préambule',
    },
    {
      kind: 'no symbol in source',
      paragraph: () => at({ symbol: null }, 'recommendation', 8, ['a']),
      en: 'Report of the Working Group on the Smuggling of Migrants, Vienna, 27–28 June 2022, recommendation 8 (a) [symbol not given in source]',
      fr: 'Rapport du Groupe de travail sur le trafic illicite de migrants, Vienne, 27 et 28 juin 2022, recommandation 8 a) [cote non indiquée dans la source]',
    },
  ];

  it.each(rows)('cites a $kind in both languages', ({ paragraph, en, fr }) => {
    expect(cite([paragraph()], 'en')).toBe(en);
    expect(cite([paragraph()], 'fr')).toBe(fr);
  });

  it('cites a compendium paragraph by its locator in the original report, not its compendium number', () => {
    const i22 = index.byCompendiumRef.get('A:I.22');
    expect(i22 && cite([i22], 'fr')).toBe('CTOC/COP/WG.7/2012/6, par. 25');
  });
});

describe('formatCitation on the real corpus: several paragraphs', () => {
  const report = (n: number) => at({ symbol: 'CTOC/COP/WG.7/2012/6' }, 'paragraph', n);

  it('cites consecutive paragraphs as a range, whatever order they were picked in', () => {
    expect(cite([report(25), report(23), report(24)], 'en')).toBe('CTOC/COP/WG.7/2012/6, paras. 23–25');
    expect(cite([report(23), report(24), report(25)], 'fr')).toBe('CTOC/COP/WG.7/2012/6, par. 23 à 25');
  });

  it('lists paragraphs that are not consecutive', () => {
    expect(cite([report(23), report(25)], 'en')).toBe('CTOC/COP/WG.7/2012/6, paras. 23 and 25');
    expect(cite([report(23), report(25)], 'fr')).toBe('CTOC/COP/WG.7/2012/6, par. 23 et 25');
    expect(cite([report(4), report(5), report(6), report(9)], 'fr')).toBe('CTOC/COP/WG.7/2012/6, par. 4 à 6 et 9');
  });

  it('ranges recommendations and preambular paragraphs with their own words', () => {
    const recommendation = (n: number) => at({ symbol: 'CTOC/COP/WG.7/2017/5' }, 'recommendation', n);
    expect(cite([recommendation(1), recommendation(2), recommendation(3)], 'fr')).toBe('CTOC/COP/WG.7/2017/5, recommandations 1 à 3');
    const preamble = (n: number) => at({ number: '6/3' }, 'preamble', n);
    expect(cite([preamble(1), preamble(2), preamble(3)], 'en')).toBe('CTOC/COP/2012/15, resolution 6/3, preambular paras. 1–3');
    expect(cite([preamble(1), preamble(2), preamble(3)], 'fr')).toBe('CTOC/COP/2012/15, résolution 6/3, al. 1 à 3 du préambule');
  });
});

describe('formatCitation on the real corpus: typography', () => {
  it('puts non-breaking spaces after par. and al. and before sub-item markers in typographic French', () => {
    expect(cite([at({ symbol: 'CTOC/COP/WG.7/2012/6' }, 'paragraph', 25)], 'fr', 'typographic')).toBe('CTOC/COP/WG.7/2012/6, par.\u00a025');
    expect(cite([at({ symbol: 'CTOC/COP/WG.7/2018/3' }, 'paragraph', 8, ['e'])], 'fr', 'typographic')).toBe('CTOC/COP/WG.7/2018/3, par.\u00a08\u00a0e)');
    expect(cite([at({ number: '4/5' }, 'operative', null, ['j', 'ii'])], 'fr', 'typographic')).toBe('CTOC/COP/2008/19, décision 4/5, al.\u00a0j)\u00a0ii)');
    expect(cite([at({ number: '6/3' }, 'preamble', 5)], 'fr', 'typographic')).toBe('CTOC/COP/2012/15, résolution 6/3, al.\u00a05 du préambule');
  });

  it('separates documents with a space before the semicolon in French, as the compendium prints "al. 1 à 7 ; 6, 7"', () => {
    const compendium = readFileSync(new URL(`../../data/sources/${SOURCE_FILES.compendium}`, import.meta.url), 'utf8');
    expect(compendium).toContain('al. 1 à 7 ; 6, 7, 19 et 20');
    const two = [at({ symbol: 'CTOC/COP/WG.7/2012/6' }, 'paragraph', 20), at({ number: '6/3' }, 'preamble', 5)];
    expect(cite(two, 'en')).toBe('CTOC/COP/WG.7/2012/6, para. 20; CTOC/COP/2012/15, resolution 6/3, preambular para. 5');
    expect(cite(two, 'fr')).toBe('CTOC/COP/WG.7/2012/6, par. 20 ; CTOC/COP/2012/15, résolution 6/3, al. 5 du préambule');
    expect(cite(two, 'fr', 'typographic')).toBe('CTOC/COP/WG.7/2012/6, par.\u00a020\u00a0; CTOC/COP/2012/15, résolution 6/3, al.\u00a05 du préambule');
  });

  it('uses no non-breaking space in plain output nor in English, for any paragraph', () => {
    expect(index.corpus.paragraphs.length).toBeGreaterThan(200);
    for (const paragraph of index.corpus.paragraphs) {
      expect(cite([paragraph], 'fr')).not.toContain('\u00a0');
      expect(cite([paragraph], 'en', 'typographic')).toBe(cite([paragraph], 'en'));
      expect(cite([paragraph], 'fr', 'typographic').replaceAll('\u00a0', ' ')).toBe(cite([paragraph], 'fr'));
    }
  });
});
