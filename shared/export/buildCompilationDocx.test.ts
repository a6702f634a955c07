import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { paragraphsOf, readDocxParts, runsOf } from '../../host/export/testing/readDocx';
import { formatCitation } from '../citation/formatCitation';
import { indexCorpus, type CorpusIndex } from '../corpus/corpusIndex';
import type { Lang } from '../corpus/model';
import { buildCompilationDocx, type CompilationOptions } from './buildCompilationDocx';
import type { CompilationSelection } from './compilationGroups';

let index: CorpusIndex;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
});

async function compile(selection: CompilationSelection, options: CompilationOptions) {
  const parts = await readDocxParts(await buildCompilationDocx(index, selection, options));
  return paragraphsOf(parts.document).filter((paragraph) => paragraph.text !== '');
}

/** Headings with the citations under each, as the reader sees them. */
function outline(paragraphs: Awaited<ReturnType<typeof compile>>): [string, string[]][] {
  const groups: [string, string[]][] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.style === 'GroupHeading') groups.push([paragraph.text, []]);
    if (paragraph.style === 'SourceCitation') groups.at(-1)?.[1].push(paragraph.text);
  }
  return groups;
}

function cite(id: string, lang: Lang): string {
  return formatCitation(index, [id], lang, 'typographic');
}

describe('buildCompilationDocx', () => {
  it('groups selected precedents by document, documents and paragraphs in corpus order, each once with its verbatim text', async () => {
    const ids = ['CTOC/COP/2012/15#9.c', 'CTOC/COP/WG.7/2012/6#26', 'CTOC/COP/WG.7/2012/6#25', 'CTOC/COP/WG.7/2012/6#26'];
    const paragraphs = await compile({ paragraphIds: ids }, { lang: 'fr', groupBy: 'document' });
    expect(paragraphs[0]).toMatchObject({ style: 'Title', text: 'Compilation de textes agréés' });
    const groups = outline(paragraphs);
    expect(groups.map(([, citations]) => citations)).toEqual([
      [cite('CTOC/COP/WG.7/2012/6#25', 'fr'), cite('CTOC/COP/WG.7/2012/6#26', 'fr')],
      [cite('CTOC/COP/2012/15#9.c', 'fr')],
    ]);
    expect(groups[0]?.[0].startsWith('CTOC/COP/WG.7/2012/6 — ')).toBe(true);
    expect(groups[1]?.[0].startsWith('CTOC/COP/2012/15, résolution 6/3 — ')).toBe(true);
    const texts = paragraphs.filter((paragraph) => paragraph.style === 'SourceText').map((paragraph) => paragraph.text);
    expect(texts).toEqual(['CTOC/COP/WG.7/2012/6#25', 'CTOC/COP/WG.7/2012/6#26', 'CTOC/COP/2012/15#9.c'].map((id) => index.paragraphs.get(id)?.text.fr));
  });

  it('compiles a theme and its sub-themes grouped by theme, each paragraph once, under theme headings in index order', async () => {
    const children = index.themes.get('enfants');
    expect(children?.childIds.length).toBeGreaterThan(1);
    const paragraphs = await compile({ themeId: 'enfants' }, { lang: 'fr', groupBy: 'theme' });
    expect(paragraphs[0]?.text).toBe('Compilation de textes agréés\u00a0: Enfants');
    const groups = outline(paragraphs);
    const subThemeLabels = (children?.childIds ?? []).map((id) => index.themes.get(id)?.label.fr);
    expect(groups.map(([heading]) => heading).every((heading) => subThemeLabels.includes(heading))).toBe(true);
    expect(groups.map(([heading]) => subThemeLabels.indexOf(heading))).toEqual([...groups.map(([heading]) => subThemeLabels.indexOf(heading))].sort((a, b) => a - b));
    const cited = groups.flatMap(([, citations]) => citations);
    const expected = new Set((children?.childIds ?? []).flatMap((id) => index.themes.get(id)?.paragraphIds ?? []));
    expect(cited).toHaveLength(expected.size);
    expect(new Set(cited)).toEqual(new Set([...expected].map((id) => cite(id, 'fr'))));
  });

  it('in English: English headings, a note that theme labels are unofficial, and French text quoted as such, never translated', async () => {
    const paragraphs = await compile({ themeId: 'enfants' }, { lang: 'en', groupBy: 'theme' });
    expect(paragraphs[0]?.text).toBe('Compilation of agreed language: Children');
    expect(paragraphs[1]?.text).toBe('The English theme labels are unofficial translations of the French thematic index.');
    const heading = paragraphs.find((paragraph) => paragraph.style === 'GroupHeading');
    expect(heading?.text).toBe('Children (general)');
    expect(runsOf(heading?.xml ?? '')[0]?.xml).toContain('<w:lang w:val="en-GB"/>');
    const first = paragraphs.findIndex((paragraph) => paragraph.style === 'SourceCitation');
    const id = index.themes.get('enfants-general')?.paragraphIds[0] ?? '';
    expect(paragraphs[first]?.text).toBe(cite(id, 'en'));
    expect(paragraphs[first + 1]?.text).toBe('No English version available. French text:');
    expect(paragraphs[first + 2]?.text).toBe(index.paragraphs.get(id)?.text.fr);
    expect(runsOf(paragraphs[first + 2]?.xml ?? '').every((run) => run.xml.includes('<w:lang w:val="fr-FR"/>'))).toBe(true);
  });

  it('puts selected paragraphs the thematic index does not cite last, under a heading that says so', async () => {
    const themed = index.themes.get('enfants-general')?.paragraphIds[0] ?? '';
    const unthemed = index.corpus.paragraphs.find((paragraph) => paragraph.themeIds.length === 0 && paragraph.text.fr !== undefined)?.id ?? '';
    const groups = outline(await compile({ paragraphIds: [unthemed, themed] }, { lang: 'fr', groupBy: 'theme' }));
    expect(groups.at(-1)).toEqual(['Paragraphes absents de l’index thématique', [cite(unthemed, 'fr')]]);
    expect(groups.flatMap(([, citations]) => citations)).toEqual([cite(themed, 'fr'), cite(unthemed, 'fr')]);
  });

  it('refuses unknown paragraphs and themes with a message naming them', async () => {
    await expect(buildCompilationDocx(index, { paragraphIds: ['CTOC/COP/WG.7/2012/6#999'] }, { lang: 'fr', groupBy: 'document' })).rejects.toThrow('CTOC/COP/WG.7/2012/6#999');
    await expect(buildCompilationDocx(index, { themeId: 'no-such-theme' }, { lang: 'fr', groupBy: 'theme' })).rejects.toThrow('Unknown theme "no-such-theme"');
  });
});
