import type { Page } from '@playwright/test';
import fc from 'fast-check';
import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { indexCorpus } from '../shared/corpus/corpusIndex';
import { facetOptionsOf, type FacetOptions } from '../shared/query/facetOptions';
import type { FacetCounts } from '../shared/query/model';
import { hasActiveFilters, NO_FILTERS, type PrecedentFilters } from '../shared/query/precedentFilters';
import { PrecedentQueryEngine } from '../shared/query/PrecedentQueryEngine';
import { createMemoryPrecedentSource } from '../shared/query/testing/createMemoryPrecedentSource';
import { PrecedentDesk } from './page-models/PrecedentDesk';
import { PrecedentResults } from './page-models/PrecedentResults';
import { expect, test } from './utils/fixtures';

/**
 * Random sequences of what a delegate does with the filters (facets, years, themes, a search, the
 * report paragraphs, clear all). After each, the window must show what the same query gives in an
 * engine of our own, in this process, over the bundled corpus: the count, the first rows, every
 * facet's and every shown theme's count. FILTERS_PROPERTY_RUNS for a long hunt, FILTERS_PROPERTY_SEED to replay.
 */
const RUNS = Number(process.env.FILTERS_PROPERTY_RUNS ?? 8);
const SEED = process.env.FILTERS_PROPERTY_SEED ? Number(process.env.FILTERS_PROPERTY_SEED) : undefined;

test.use({ locale: 'fr-FR' });

type CheckboxFacet = 'bodies' | 'sessions' | 'strengths' | 'addressees';
const FACET_LEGENDS: Record<CheckboxFacet, string> = { bodies: 'Organe', sessions: 'Réunion ou session', strengths: 'Force du libellé', addressees: 'Destinataire' };
const SEARCHES = ['migrants', 'coopér', 'enfants', '"trafic illicite"', 'cooperatoin', 'zzzz'];

type Action =
  | { kind: 'facet'; facet: CheckboxFacet; choice: number }
  | { kind: 'year'; end: 'yearFrom' | 'yearTo'; choice: number | null }
  | { kind: 'theme'; choice: number }
  | { kind: 'search'; text: string }
  | { kind: 'context' }
  | { kind: 'clearAll' };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('facet' as const), facet: fc.constantFrom<CheckboxFacet>('bodies', 'sessions', 'strengths', 'addressees'), choice: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('year' as const), end: fc.constantFrom('yearFrom' as const, 'yearTo' as const), choice: fc.option(fc.nat(20), { nil: null }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('theme' as const), choice: fc.nat(12) }) },
  { weight: 2, arbitrary: fc.constantFrom('', ...SEARCHES).map((text) => ({ kind: 'search' as const, text })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'context' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'clearAll' as const }) },
);

const toggled = <T>(values: readonly T[], value: T): T[] => (values.includes(value) ? values.filter((one) => one !== value) : [...values, value]);

/** Does the step in the window and returns the filters it leaves, as the delegate meant them. */
async function perform(page: Page, desk: PrecedentDesk, options: FacetOptions, filters: PrecedentFilters, step: Action): Promise<PrecedentFilters> {
  switch (step.kind) {
    case 'facet': {
      const values: string[] = step.facet === 'sessions' ? options.sessions.map((session) => session.key) : options[step.facet];
      const at = step.choice % values.length;
      await page.getByRole('group', { name: FACET_LEGENDS[step.facet], exact: true }).getByRole('checkbox').nth(at).click();
      return { ...filters, [step.facet]: toggled(filters[step.facet] as string[], values[at]!) };
    }
    case 'year': {
      const year = step.choice === null ? null : options.years[step.choice % options.years.length]!;
      const other = step.end === 'yearFrom' ? filters.yearTo : filters.yearFrom;
      // The window offers no range that ends before it starts.
      if (year !== null && other !== null && (step.end === 'yearFrom' ? year > other : year < other)) return filters;
      await page.getByRole('group', { name: 'Années' }).getByRole('combobox', { name: step.end === 'yearFrom' ? 'De' : 'À' }).selectOption(year === null ? '' : String(year));
      return { ...filters, [step.end]: year };
    }
    case 'theme': {
      const items = desk.themes.tree.getByRole('treeitem');
      const item = items.nth(step.choice % (await items.count()));
      const domId = (await item.getAttribute('id'))!;
      await item.locator('.theme-tree__label').click();
      return { ...filters, themeIds: toggled(filters.themeIds, domId.slice(domId.indexOf('-') + 1)) };
    }
    case 'search':
      await desk.results.search.fill(step.text);
      return { ...filters, query: step.text };
    case 'context':
      await desk.openViewMenu();
      await page.getByRole('checkbox', { name: 'Inclure les paragraphes de rapport non adoptés' }).click();
      await page.keyboard.press('Escape');
      return { ...filters, includeContext: !filters.includeContext };
    case 'clearAll':
      if (!hasActiveFilters(filters)) return filters;
      if (hasActiveFilters({ ...filters, query: '' })) await desk.activeFilters.getByRole('button', { name: 'Tout effacer' }).click();
      else {
        // A search alone has no chips: its box clears it.
        await expect(desk.activeFilters).toHaveCount(0);
        await desk.results.search.press('Escape');
        await expect(desk.results.search).toHaveValue('');
      }
      return NO_FILTERS;
  }
}

interface Shown {
  count: number;
  firstRows: string[];
  facets: Record<CheckboxFacet, number[]>;
  themes: [string, number][];
}

/** What the window shows once its rows and its sidebar's counts are those of the current filters. */
async function shown(page: Page): Promise<Shown> {
  await new PrecedentResults(page).settled();
  // The sidebar's counts come once the rows have held still.
  await expect(page.locator('.browser__sidebar')).toHaveAttribute('aria-busy', 'false');
  const count = Number(((await page.getByRole('status').filter({ hasText: /paragraphes?$/ }).textContent()) ?? '').replace(/\D/g, ''));
  const painted = await page.evaluate((legends) => {
    const digits = (text: string | null | undefined) => Number((text ?? '').replace(/\D/g, ''));
    const facet = (legend: string) => {
      const fieldset = Array.from(document.querySelectorAll('fieldset.facet')).find((one) => one.querySelector('legend')?.textContent === legend);
      return Array.from(fieldset?.querySelectorAll('.facet__option') ?? [], (option) => digits(option.querySelector('.facet__count')?.textContent));
    };
    const rows = Array.from(document.querySelectorAll<HTMLElement>('.grid__body [role="row"][data-paragraph-id]')).sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
    return {
      firstRows: rows.filter((row, i) => Number(row.dataset.index) === i).map((row) => row.dataset.paragraphId!),
      facets: { bodies: facet(legends.bodies), sessions: facet(legends.sessions), strengths: facet(legends.strengths), addressees: facet(legends.addressees) },
      themes: Array.from(document.querySelectorAll('[role="treeitem"]'), (item): [string, number] => [item.id.slice(item.id.indexOf('-') + 1), digits(item.querySelector('.theme-tree__count')?.textContent)]),
    };
  }, FACET_LEGENDS);
  return { count, ...painted };
}

function facetCounts(options: FacetOptions, counts: FacetCounts): Record<CheckboxFacet, number[]> {
  const of = (values: readonly string[], counted: Partial<Record<string, number>>) => values.map((value) => counted[value] ?? 0);
  return {
    bodies: of(options.bodies, counts.bodies),
    sessions: of(
      options.sessions.map((session) => session.key),
      counts.sessions,
    ),
    strengths: of(options.strengths, counts.strengths),
    addressees: of(options.addressees, counts.addressees),
  };
}

test('whatever the filters, the window shows what they give: the count, the first rows, every facet and theme count', async ({ page }) => {
  test.setTimeout(60_000 + RUNS * 20_000);
  const corpus = await loadBundledCorpus();
  const source = createMemoryPrecedentSource(indexCorpus(corpus));
  const engine = new PrecedentQueryEngine(source);
  const options = facetOptionsOf(corpus.documents, source.facts);
  const desk = new PrecedentDesk(page);

  await fc.assert(
    fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 6 }), async (steps) => {
      await desk.openFresh();
      let filters = NO_FILTERS;
      for (const step of steps) {
        filters = await perform(page, desk, options, filters, step);
        const window = await shown(page);
        const expected = engine.page({ query: { filters, lang: 'fr', sort: null }, offset: 0, limit: window.firstRows.length, withCounts: true });
        const label = `after ${JSON.stringify(step)}, filters ${JSON.stringify(filters)}`;
        expect(window.count, label).toBe(expected.total);
        expect(window.firstRows, label).toEqual(expected.rows.map((row) => row.id));
        expect(window.facets, label).toEqual(facetCounts(options, expected.counts!));
        expect(window.themes, label).toEqual(window.themes.map(([id]) => [id, expected.counts!.themes[id] ?? 0]));
      }
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
});
