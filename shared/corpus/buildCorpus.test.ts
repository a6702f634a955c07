import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { indexCorpus, type CorpusIndex } from './corpusIndex';
import { renderDataQualityReport } from './dataQualityReport';
import type { Corpus, Paragraph } from './model';
import { SOURCE_FILES } from './sourceFiles';

let corpus: Corpus;
let index: CorpusIndex;
beforeAll(async () => {
  corpus = await loadBundledCorpus();
  index = indexCorpus(corpus);
});

const ref = (key: string): Paragraph => {
  const paragraph = index.byCompendiumRef.get(key);
  if (!paragraph) throw new Error(`no paragraph ${key}`);
  return paragraph;
};
const doc = (symbol: string) => index.documentsByKey.get(symbol)!;
const topLevel = (symbol: string, kind: Paragraph['kind']) =>
  corpus.paragraphs.filter((p) => p.docId === doc(symbol).id && p.kind === kind && p.parentId === null);
const childMarkers = (key: string) => ref(key).childIds.map((id) => index.paragraphs.get(id)!.locator.items.at(-1));

describe('part A: Working Group recommendations', () => {
  it.each([
    ['CTOC/COP/WG.7/2012/6', 55, 0],
    ['CTOC/COP/WG.7/2013/5', 33, 5],
    ['CTOC/COP/WG.7/2015/6', 41, 0],
    ['CTOC/COP/WG.7/2017/5', 15, 0],
    ['CTOC/COP/WG.7/2018/3', 5, 20],
    ['CTOC/COP/WG.7/2019/6', 24, 0],
  ])('%s has %i recommendations and %i sub-items', (symbol, recommendations, subitems) => {
    expect(topLevel(symbol, 'recommendation')).toHaveLength(recommendations);
    expect(corpus.paragraphs.filter((p) => p.docId === doc(symbol).id && p.kind === 'subitem')).toHaveLength(subitems);
  });

  it('II.8 has sub-items a) to e), addressable on their own and as parts of their parent', () => {
    expect(childMarkers('A:II.8')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ref('A:II.8.d').parentId).toBe(ref('A:II.8').id);
    expect(ref('A:II.8.d').text.fr).toMatch(/^Le trafic illicite de migrants par mer/);
  });

  it('locates 2012 and 2015 recommendations by their text in the original reports, agreeing with the index', () => {
    expect(ref('A:I.22')).toMatchObject({ id: 'CTOC/COP/WG.7/2012/6#25', locator: { kind: 'paragraph', number: 25, source: 'original-text' } });
    expect(ref('A:I.1').locator.number).toBe(4);
    expect(ref('A:I.55').locator.number).toBe(58);
    expect(ref('A:III.21').locator).toMatchObject({ number: 25, source: 'original-text' });
    expect(ref('A:III.1').section?.fr).toBe('A. Trafic illicite de migrants par mer');
    expect(ref('A:I.18').section?.fr).toBe('B. Protection et assistance');
  });

  it('derives one locator rule per meeting without report text, recorded with its source', () => {
    expect(ref('A:II.30').locator).toMatchObject({ number: 34, source: 'index', rule: 'paragraph = compendium number + 4' });
    expect(ref('A:V.2.e')).toMatchObject({ id: 'CTOC/COP/WG.7/2018/3#8.e', locator: { number: 8, items: ['e'] } });
    expect(ref('A:IV.10').locator).toMatchObject({ kind: 'recommendation', number: 10 });
    const uncited = corpus.paragraphs.filter((p) => p.adopted && p.compendiumPart === 'A' && p.themeIds.length === 0 && p.locator.source === 'index-rule');
    expect(uncited.length).toBeGreaterThan(0);
    expect(corpus.dataQuality.filter((issue) => issue.kind === 'locator-disagreement')).toEqual([]);
  });

  it('quotes the original where the wording differs, keeping the compendium variant', () => {
    const i33 = ref('A:I.33');
    expect(i33.textSource).toBe('original');
    expect(i33.variants).toHaveLength(1);
    expect(i33.text.fr).toContain('aussi');
    expect(i33.variants[0]!.text).not.toContain(' aussi ');
    expect(ref('A:I.5').text.fr).toContain('ONUDC');
    expect(ref('A:I.5').variants[0]!.text).toContain('ONUDD');
    expect(ref('A:III.27').text.fr).toContain('Dial-Doc');
    expect(ref('A:III.27').variants[0]!.text).toContain('Dial Doc');
    expect(ref('A:II.30').textSource).toBe('compendium');
  });

  it('keeps the other report paragraphs as context, and the 2015 qualifying chapeau', () => {
    const report2015 = doc('CTOC/COP/WG.7/2015/6');
    const chapeau = index.paragraphs.get(report2015.qualifyingChapeauId!)!;
    expect(chapeau.locator.number).toBe(4);
    expect(chapeau.text.fr).toMatch(/ne devraient pas être interprétées.*liberté de navigation/);
    const context = corpus.paragraphs.filter((p) => p.docId === 'CTOC/COP/WG.7/2012/6' && !p.adopted);
    expect(context.map((p) => p.locator.number)).toEqual([1, 2, 3, ...Array.from({ length: 17 }, (_, i) => 59 + i)]);
    // The agenda inside paragraph 66 is not a paragraph of its own.
    expect(context.find((p) => p.locator.number === 66)!.text.fr).toContain('Adoption du rapport');
  });
});

describe('part B: decisions and resolutions of the Conference', () => {
  const letters = (symbol: string) => topLevel(symbol, 'operative').map((p) => p.locator.items[0]);
  it('has every lettered paragraph of decisions 1/6, 2/4, 3/3, 4/5', () => {
    expect(letters('CTOC/COP/2004/6')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(letters('CTOC/COP/2005/8')).toEqual('abcdefghijklmnopqr'.split(''));
    expect(letters('CTOC/COP/2006/14')).toEqual('abcdefghijklm'.split(''));
    expect(letters('CTOC/COP/2008/19')).toEqual('abcdefghijk'.split(''));
    expect(childMarkers('B:I.b')).toEqual(['i', 'ii', 'iii', 'iv']);
    expect(childMarkers('B:IV.j')).toEqual(['i', 'ii']);
    expect(ref('B:IV.j.ii').id).toBe('CTOC/COP/2008/19#j.ii');
  });

  it('has resolutions 5/3 (1–24) and 6/3 (1–22, 7 preambular paragraphs)', () => {
    expect(topLevel('CTOC/COP/2010/17', 'operative').map((p) => p.locator.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(topLevel('CTOC/COP/2012/15', 'operative').map((p) => p.locator.number)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(topLevel('CTOC/COP/2012/15', 'preambular').map((p) => p.compendiumRef)).toEqual(Array.from({ length: 7 }, (_, i) => `VI.al.${i + 1}`));
  });

  it('addresses chapeaus that carry clauses, the unnumbered preamble of 5/3 and parent chapeaus', () => {
    expect(index.paragraphs.get('CTOC/COP/2006/14#chapeau')!.text.fr).toMatch(/rappelant les fonctions/);
    expect(index.paragraphs.get('CTOC/COP/2008/19#chapeau')).toBeDefined();
    expect(index.paragraphs.has('CTOC/COP/2004/6#chapeau')).toBe(false);
    expect(index.paragraphs.get('CTOC/COP/2010/17#preamble')!.locator.kind).toBe('unnumbered-preamble');
    expect(ref('B:VI.9').text.fr).toMatch(/^Prie aussi instamment les États parties ?:$/);
    expect(childMarkers('B:VI.9')).toEqual(['a', 'b', 'c']);
  });

  it('matches resolution 6/3 with its full text (seed 003), quoting it and keeping the compendium variant', () => {
    const bali = ref('B:VI.al.5');
    expect(bali.text.fr).toContain('Bali');
    expect(bali.textSource).toBe('original');
    expect(ref('B:VI.22').text.fr).toContain('extrabudgétaires');
    expect(ref('B:VI.22').variants[0]!.text).toContain('extra-budgétaires');
    expect(doc('CTOC/COP/WG.7/2012/6').metadataSources.symbol!.map((s) => s.what)).toContain('footnote citing the document');
  });
});

describe('the 2022 report', () => {
  it('has recommendations 1 to 13 with their sub-items and no invented symbol', () => {
    const report = index.documentsByKey.get('WG.7-2022')!;
    expect(report.symbol).toBeNull();
    expect(report.originalLanguage).toBe('en');
    expect(report.meeting).toBe(9);
    expect(report.dates).toEqual({ start: '2022-06-27', end: '2022-06-28' });
    expect(topLevel('WG.7-2022', 'recommendation').map((p) => p.locator.number)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    const eight = index.paragraphs.get('WG.7-2022#rec.8')!;
    expect(eight.childIds).toEqual(['WG.7-2022#rec.8.a', 'WG.7-2022#rec.8.b', 'WG.7-2022#rec.8.c']);
    // The sentence split by the page break and footnote 1 is whole again.
    expect(eight.text.fr).toContain('de transit et de destination, conformément');
    expect(eight.section?.fr).toMatch(/^C\. Recommandations sur la mise en commun/);
  });
});

describe('text cleaning', () => {
  it('leaves no footnote line, marker, markdown or page-break split in any paragraph', () => {
    for (const paragraph of corpus.paragraphs) {
      const text = paragraph.text.fr!;
      expect(text, paragraph.id).not.toMatch(/[⁰¹²³⁴⁵⁶⁷⁸⁹*#]|<\/?sup>|\]\(#\)|\^\{/);
      expect(text, paragraph.id).not.toMatch(/Ibid\.|Recueil des Traités|V\.\d{2}-\d{5}|^Al\. \d/);
      expect(text, paragraph.id).not.toMatch(/\s{2,}/);
    }
    expect(ref('A:I.7').text.fr).toContain('en étroite collaboration avec les États parties');
    expect(ref('B:VI.3').text.fr).toContain('torture ou autres peines ou traitements cruels');
    expect(ref('A:V.2.d').text.fr).toContain('entre les pays situés sur un même itinéraire de migration, le but étant');
  });

  it('keeps the wording verbatim: typos and typography of the sources', () => {
    expect(ref('A:II.31').text.fr).toContain("l'ONUUDC");
    expect(ref('A:I.22').text.fr).toContain('l’étranger');
  });
});

describe('line ends mended in context paragraphs and labels', () => {
  const source = (role: keyof typeof SOURCE_FILES) => readFileSync(new URL(`../../data/sources/${SOURCE_FILES[role]}`, import.meta.url), 'utf8');
  const text = (id: string) => index.paragraphs.get(id)!.text.fr!;

  it('ends 2012/6 para. 75 before the annex that follows it in the source', () => {
    expect(source('report2012')).toMatch(/l’annexe au présent rapport\. \n Annexe/);
    expect(text('CTOC/COP/WG.7/2012/6#75')).toBe('La liste des documents dont le Groupe de travail était saisi figure dans l’annexe au présent rapport.');
    expect(corpus.paragraphs.filter((p) => /Liste des documents dont était saisi/.test(p.text.fr ?? ''))).toEqual([]);
  });

  it('rejoins document symbols cut at a slash by a line end', () => {
    expect(source('report2012')).toContain('CTOC/COP/WG.7/ \n2012/INF.1/Rev.2.');
    expect(source('report2015')).toContain('CTOC/COP/WG.7/2015/ \nINF/1/Rev.1.');
    expect(source('report2015')).toContain('(CTOC/COP/WG.7/ \n2015/3 et Add.1)');
    expect(text('CTOC/COP/WG.7/2012/6#74')).toContain('document CTOC/COP/WG.7/2012/INF.1/Rev.2.');
    expect(text('CTOC/COP/WG.7/2015/6#62')).toContain('document CTOC/COP/WG.7/2015/INF/1/Rev.1.');
    expect(text('CTOC/COP/WG.7/2015/6#63')).toContain('(CTOC/COP/WG.7/2015/3 et Add.1)');
    for (const paragraph of corpus.paragraphs) expect(paragraph.text.fr, paragraph.id).not.toMatch(/\b[A-Z][\w.]*\/(?:[\w.]+\/)* /);
  });

  it('rejoins theme labels wrapped at a hyphen or slash, English labels keyed by the mended label', () => {
    for (const wrapped of ['(centres pluri- institutions)', "réfugiés/ demandeurs d'asile", '(non accompagnés/ séparés)']) expect(source('compendium')).toContain(wrapped);
    const label = (fr: string) => corpus.themes.find((t) => t.label.fr === fr)?.label.en;
    expect(label('Coopération internationale (centres pluri-institutions)')).toBe('International cooperation (multi-agency centres)');
    expect(label("Droit international (obligations envers les réfugiés/demandeurs d'asile)")).toBe('International law (obligations towards refugees/asylum seekers)');
    expect(label('Enfants (non accompagnés/séparés)')).toBe('Children (unaccompanied/separated)');
    for (const theme of corpus.themes) expect(theme.label.fr, theme.id).not.toMatch(/[-/] \p{Ll}/u);
  });

  it('names the Convention in full in English', () => {
    expect(corpus.themes.find((t) => t.label.fr === 'Convention des Nations Unies contre la criminalité organisée')?.label.en).toBe(
      'United Nations Convention against Transnational Organized Crime',
    );
  });
});

describe('thematic index', () => {
  it('resolves every reference to exactly one paragraph', () => {
    expect(corpus.dataQuality.filter((issue) => issue.kind === 'unresolved-reference')).toEqual([]);
    const cited = corpus.themes.flatMap((theme) => theme.paragraphIds);
    for (const id of cited) expect(index.paragraphs.has(id), id).toBe(true);
  });

  it('holds exactly III.21 under "Enfants (protection)", grouped under "Enfants"', () => {
    const protection = corpus.themes.find((t) => t.label.fr === 'Enfants (protection)')!;
    expect(protection.paragraphIds.map((id) => index.paragraphs.get(id)!.compendiumRef)).toEqual(['III.21']);
    const children = index.themes.get(protection.parentId!)!;
    expect(children).toMatchObject({ isGroup: true, label: { fr: 'Enfants', en: 'Children' } });
  });

  it('splits merged rows (several references and symbols on one line)', () => {
    const sea = corpus.themes.find((t) => t.label.fr === 'Trafic illicite par mer')!;
    expect(sea.paragraphIds.map((id) => index.paragraphs.get(id)!.compendiumPart + ':' + index.paragraphs.get(id)!.compendiumRef)).toEqual([
      'A:I.23', 'A:I.24', 'A:I.47', 'A:II.8.d', 'A:III.1', 'A:III.10', 'A:III.14', 'A:IV.10', 'A:IV.11', 'B:V.13', 'B:VI.18',
    ]);
    const legislation = corpus.themes.filter((t) => t.label.fr === 'Législation');
    expect(legislation).toHaveLength(1);
    expect(legislation[0]!.paragraphIds).toContain('CTOC/COP/2008/19#j.i');
  });

  it('gives every theme an English label marked unofficial, and sub-themes their parent', () => {
    for (const theme of corpus.themes) expect(theme.label.en, theme.label.fr).toBeTruthy();
    const byLabel = (label: string) => corpus.themes.find((t) => t.label.fr === label)!;
    expect(byLabel('Collecte de données et recherche, rapport mondial sur le trafic illicite de personnes migrantes').parentId).toBe(byLabel('Collecte de données et recherche').id);
    expect(byLabel('Portail de gestion des connaissances pour la mise en commun de ressources électroniques (SHERLOC)').parentId).toBeNull();
  });
});

describe('documents and metadata', () => {
  it('records symbols, dates and where each was read', () => {
    const report = doc('CTOC/COP/WG.7/2015/6');
    expect(report.dates).toEqual({ start: '2015-11-18', end: '2015-11-20' });
    expect(report.place).toBe('Vienne');
    expect(report.metadataSources.symbol!.map((s) => s.what)).toEqual(['thematic index, column Cote', 'document page header']);
    expect(doc('CTOC/COP/2012/15')).toMatchObject({ kind: 'resolution', number: '6/3', meeting: 6, year: 2012 });
    expect(doc('CTOC/COP/WG.7/2013/5').place).toBeNull();
  });

  it('derives operative strengths, keeping several verbs (I.22)', () => {
    expect(ref('A:I.22').strengths).toEqual(expect.arrayContaining(['should', 'may']));
    expect(ref('B:VI.9').strengths).toContain('urges');
  });

  it('states coverage and known gaps', () => {
    expect(corpus.coverage.meetings).toEqual([1, 2, 3, 4, 5, 6, 9]);
    expect(corpus.coverage.sessions).toEqual([1, 2, 3, 4, 5, 6]);
    expect(corpus.coverage.knownGaps[0]!.en).toContain('meetings 7 and 8');
  });

  it('ships an up-to-date data-quality report', () => {
    const shipped = readFileSync(new URL('../../data/DATA-QUALITY.md', import.meta.url), 'utf8');
    expect(shipped).toBe(renderDataQualityReport(corpus));
  });
});
