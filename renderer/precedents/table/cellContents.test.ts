import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../../host/corpus/loadBundledCorpus';
import { indexCorpus, type CorpusIndex } from '../../../shared/corpus/corpusIndex';
import type { Paragraph } from '../../../shared/corpus/model';
import { precedentRowView } from '../../../shared/query/precedentRowView';
import { CELL_CONTENTS } from './cellContents';
import type { CellContext } from './cellContext';
import type { ElementSpec, NodeSpec } from './nodeSpec';

let index: CorpusIndex;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
});

const labels = { context: 'Contexte', strengthFromParent: 'Force du parent', unofficialTranslation: 'traduction non officielle', missingVersion: { fr: 'Version française absente', en: 'No English version' } };
function context(overrides: Partial<CellContext> = {}): CellContext {
  const vocabulary = { body: (b: string) => `body ${b}`, bodyShort: (b: string) => b.toUpperCase(), session: (b: string, m: number) => `${b} ${m}`, strength: (s: string) => `strength ${s}`, addressee: String, kind: String };
  return { contentLang: 'fr', query: '', showFallback: false, interfaceLang: 'fr', vocabulary, themes: new Map(index.corpus.themes.map((theme) => [theme.id, theme])), textRoom: { leadChars: 60, maxChars: Infinity }, labels, ...overrides };
}
const rowOf = (paragraph: Paragraph) => precedentRowView(index, paragraph);
const paragraphWhere = (test: (paragraph: Paragraph) => boolean) => [...index.paragraphs.values()].find(test)!;
/** The text a spec shows, as the DOM's textContent would give it. */
const specText = (specs: readonly NodeSpec[]): string => specs.map((spec) => (typeof spec === 'string' ? spec : specText(spec.children))).join('');
/** The elements of a spec, depth first. */
const elementsOf = (specs: readonly NodeSpec[]): ElementSpec[] => specs.flatMap((spec) => (typeof spec === 'string' ? [] : [spec, ...elementsOf(spec.children)]));

describe('what the table cells show', () => {
  it('the text from shortly before its first match, every match marked, the whole text in the tooltip', () => {
    const paragraph = paragraphWhere((p) => (p.text.fr?.indexOf('enfants') ?? 0) > 300);
    const [cell] = CELL_CONTENTS.text(rowOf(paragraph), context({ query: 'enfants' })) as [ElementSpec];
    expect(cell.attributes).toMatchObject({ class: 'text-cell', lang: 'fr', title: paragraph.text.fr });
    const shown = specText([cell]);
    expect(shown.startsWith('…')).toBe(true);
    expect(paragraph.text.fr).toContain(shown.slice(1));
    const marks = elementsOf([cell]).filter((spec) => spec.tag === 'mark').map((mark) => specText([mark]).toLowerCase());
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['enfants']));
  });

  it('a missing version says so, and gives the other language marked as such only when asked', () => {
    const paragraph = paragraphWhere((p) => p.text.en === undefined && p.text.fr !== undefined);
    const missing = CELL_CONTENTS.text(rowOf(paragraph), context({ contentLang: 'en' }));
    expect(specText(missing)).toBe('No English version');
    const withFallback = CELL_CONTENTS.text(rowOf(paragraph), context({ contentLang: 'en', showFallback: true }));
    const fallback = elementsOf(withFallback).find((spec) => spec.attributes?.class === 'text-cell__fallback')!;
    expect(fallback.attributes?.lang).toBe('fr');
    expect(specText([fallback])).toBe(` ${paragraph.text.fr}`);
  });

  it('a sub-item shows its branch, a paragraph that is not adopted text its badge', () => {
    const sub = rowOf(paragraphWhere((p) => rowOf(p).depth > 0 && p.adopted));
    const [subRef] = CELL_CONTENTS.ref(sub, context()) as [ElementSpec];
    expect(elementsOf([subRef]).map((spec) => spec.attributes?.class)).toEqual(['ref-cell', 'ref-cell__branch', ...(sub.compendiumRef === null ? ['muted'] : [])]);
    expect(subRef.style?.paddingInlineStart).toBe(`${sub.depth * 1.1}rem`);
    const notAdopted = rowOf(paragraphWhere((p) => !p.adopted));
    expect(elementsOf(CELL_CONTENTS.ref(notAdopted, context())).at(-1)).toEqual({ tag: 'span', attributes: { class: 'badge badge--info' }, children: ['Contexte'] });
  });

  it('themes are named in the interface language, joined, an English name of ours marked unofficial', () => {
    const paragraph = paragraphWhere((p) => p.themeIds.length > 1 && p.themeIds.some((id) => index.corpus.themes.find((theme) => theme.id === id)?.englishLabelIsUnofficial));
    const row = rowOf(paragraph);
    const [french] = CELL_CONTENTS.themes(row, context()) as [ElementSpec];
    const names = row.themeIds.map((id) => index.corpus.themes.find((theme) => theme.id === id)!);
    expect(specText([french])).toBe(names.map((theme) => theme.label.fr).join(' · '));
    expect(french.attributes?.title).toBe(specText([french]));
    const [english] = CELL_CONTENTS.themes(row, context({ interfaceLang: 'en' })) as [ElementSpec];
    const unofficial = elementsOf([english]).filter((spec) => spec.attributes?.class === 'theme-name theme-name--unofficial');
    expect(unofficial.length).toBe(names.filter((theme) => theme.englishLabelIsUnofficial && theme.label.en !== undefined).length);
    expect(unofficial[0]?.attributes?.title).toMatch(/\(traduction non officielle\)$/);
  });

  it('citation, strength, year, body and session from the row and the vocabulary', () => {
    const row = rowOf(paragraphWhere((p) => p.strengths.length > 0));
    expect(CELL_CONTENTS.citation(row, context({ contentLang: 'en' }))).toEqual([{ tag: 'span', attributes: { lang: 'en', title: row.citation.en }, children: [row.citation.en] }]);
    expect(specText(CELL_CONTENTS.strength(row, context()))).toBe(row.strengths.map((s) => `strength ${s}`).join(', '));
    expect(CELL_CONTENTS.year(row, context())).toEqual([String(row.year)]);
    expect(CELL_CONTENTS.body(row, context())).toEqual([{ tag: 'abbr', attributes: { title: `body ${row.body}` }, children: [row.body.toUpperCase()] }]);
    expect(CELL_CONTENTS.session(row, context())).toEqual([`${row.body} ${row.meeting}`]);
    const inherited = rowOf(paragraphWhere((p) => rowOf(p).strengthInherited));
    expect(CELL_CONTENTS.strength(inherited, context())[0]).toMatchObject({ attributes: { class: 'strength-cell strength-cell--inherited', title: 'Force du parent' } });
  });
});
