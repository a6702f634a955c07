import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { type CorpusIndex, indexCorpus } from '../../shared/corpus/corpusIndex';
import type { ImportDraft } from '../../shared/import/detect/detectImport';
import { englishReportFixture } from '../../shared/import/fixtures/englishReportFixture';
import { fixtureAsText } from '../../shared/import/fixtures/renderFixture';
import { confirmImport } from '../../shared/import/confirmImport';
import { importFile } from '../../shared/import/importFile';
import { mergeLibrary } from '../../shared/import/mergeLibrary';
import { ENTERED_BY_THE_USER } from '../../shared/import/model';
import { previewImport } from '../../shared/import/previewImport';
import { createThemeSuggester, type ThemeSuggester } from '../../shared/import/suggestThemes';
import { confirmedDocument, initialPreview, previewRequest, type PreviewState, viewPreview as viewOfAnswer } from './previewModel';

let index: CorpusIndex;
let suggest: ThemeSuggester;
/** The library once the English version of report 2012/6 is in it: English paragraphs the index cites exist. */
let withEnglish: CorpusIndex;
let suggestInEnglish: ThemeSuggester;
let draft: ImportDraft;

beforeAll(async () => {
  const bundled = await loadBundledCorpus();
  index = indexCorpus(bundled);
  suggest = createThemeSuggester(index.corpus);
  const english = await importFile({ name: 'fixture-2012-6.txt', bytes: new TextEncoder().encode(fixtureAsText(englishReportFixture())) });
  withEnglish = indexCorpus(mergeLibrary(bundled, { documents: [{ ...confirmImport(english, english.metadata, english.paragraphs), libraryId: 'en', importedAt: '2026-11-20T10:00:00Z' }], metadata: [] }));
  suggestInEnglish = createThemeSuggester(withEnglish.corpus);
  draft = await importFile({ name: 'fixture.txt', bytes: new TextEncoder().encode(fixtureAsText(englishReportFixture({ symbol: 'CTOC/COP/WG.7/2099/1' }))) });
});

/** The preview as the window shows it: the host's answer to the window's request (what NodeDeskHost.previewImport works out), with the problems. */
const viewPreview = (state: PreviewState, library: CorpusIndex, suggestThemes: ThemeSuggester) => viewOfAnswer(state, previewImport(library, suggestThemes, previewRequest(state)));

const edit = (state: PreviewState, path: string, change: (row: PreviewState['rows'][number]) => PreviewState['rows'][number]): PreviewState => ({
  ...state,
  rows: state.rows.map((row) => (row.path === path ? change(row) : row)),
});

describe('the import preview', () => {
  it('stores what the user corrected: a number, a kind, an excluded paragraph, accepted themes, the symbol', () => {
    let state = initialPreview(draft);
    state = { ...state, metadata: { ...state.metadata, symbol: 'CTOC/COP/WG.7/2099/2' } };
    state = edit(state, '9', (row) => ({ ...row, path: '10' }));
    state = edit(state, '3', (row) => ({ ...row, include: false }));
    state = edit(state, '7', (row) => ({ ...row, paragraph: { ...row.paragraph, kind: 'context' } }));
    const view = viewPreview(state, withEnglish, suggestInEnglish);
    const suggested = view.rows.findIndex((row) => row.suggestions.length > 0);
    expect(suggested).toBeGreaterThanOrEqual(0);
    const theme = view.rows[suggested]!.suggestions[0]!;
    state = { ...state, rows: state.rows.map((row, i) => (i === suggested ? { ...row, acceptedThemes: [theme] } : row)) };

    const document = confirmedDocument(draft, state, viewPreview(state, withEnglish, suggestInEnglish))!;
    const paths = document.paragraphs.map((p) => [p.locator.number, ...p.locator.items].join('.'));
    expect(paths).not.toContain('3');
    expect(paths).toContain('10');
    expect(document.paragraphs.find((p) => p.locator.number === 7)).toMatchObject({ kind: 'context', adopted: false });
    const accepted = document.paragraphs.filter((p) => p.suggestedThemeIds.includes(theme));
    expect(accepted.map((p) => [p.locator.number, ...p.locator.items].join('.'))).toEqual([state.rows[suggested]!.path]);
    expect(document.metadataSources.symbol).toEqual([expect.objectContaining({ what: ENTERED_BY_THE_USER })]);
    // Sub-items follow their parent's number: 8.b.i still hangs under 8.b.
    const items = document.paragraphs.map((p, i) => ({ path: paths[i], parent: p.parent === null ? null : paths[p.parent] }));
    expect(items.find((p) => p.path === '8.b.i')?.parent).toBe('8.b');
  });

  it('holds the import back while a number does not read or is used twice', () => {
    const unreadable = edit(initialPreview(draft), '4', (row) => ({ ...row, path: 'four' }));
    expect(viewPreview(unreadable, index, suggest).problems).toEqual([{ key: 'invalidLocator', path: 'four' }]);
    expect(confirmedDocument(draft, unreadable, viewPreview(unreadable, index, suggest))).toBeNull();
    const twice = edit(initialPreview(draft), '5', (row) => ({ ...row, path: '4' }));
    expect(viewPreview(twice, index, suggest).problems).toEqual([{ key: 'duplicateLocator', path: '4' }]);
  });

  it('shows the themes that carry over when the file is another language’s version of a bundled report', () => {
    const state = { ...initialPreview(draft), metadata: { ...draft.metadata, symbol: 'CTOC/COP/WG.7/2012/6' } };
    const view = viewPreview(state, index, suggest);
    expect(view.alignment.target?.id).toBe('CTOC/COP/WG.7/2012/6');
    const row4 = state.rows.findIndex((row) => row.path === '4');
    expect(view.rows[row4]).toMatchObject({ counterpart: 'CTOC/COP/WG.7/2012/6#4', carriedThemes: index.paragraphs.get('CTOC/COP/WG.7/2012/6#4')!.themeIds, suggestions: [] });
  });

  it('refuses a second French text of a bundled French report', () => {
    const state = { ...initialPreview(draft), metadata: { ...draft.metadata, symbol: 'CTOC/COP/WG.7/2012/6', lang: 'fr' as const } };
    expect(viewPreview(state, index, suggest).problems).toContainEqual({ key: 'duplicateLanguage' });
  });
});
