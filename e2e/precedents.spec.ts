import { expect, test } from '@playwright/test';
import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { DESK_HOST_API_PREFIX } from '../shared/host/transport';
import type { PrecedentPageRequest } from '../shared/query/model';
import { PAGE_SIZE } from '../renderer/precedents/results/pageRequests';
import { PrecedentDesk } from './page-models/PrecedentDesk';
import { recordSocketArguments } from './utils/hostCalls';
import { callHost } from './utils/rawRequest';

// A French system: the interface starts in French, as on a delegate's French-language laptop.
test.use({ locale: 'fr-FR' });

async function hostSettings(): Promise<Record<string, unknown>> {
  return (JSON.parse((await callHost('getSettings')).body) as { result: Record<string, unknown> }).result;
}

/** Case, accents, typographic apostrophes and spaces set aside, the way a delegate types. */
function looseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2019\u2018\u02bc]/g, "'")
    .replace(/\s+/gu, ' ')
    .toLowerCase();
}

test.describe('precedent browser', () => {
  let desk: PrecedentDesk;

  test.beforeEach(async ({ page }) => {
    desk = new PrecedentDesk(page);
    await desk.openFresh();
  });

  test('a window opened again shows its table at once, with no loading line painted before it', async ({ page }) => {
    // Every loading line the page is given, even one taken out in the same task.
    await page.addInitScript(() => {
      const loadingLines: string[] = [];
      Object.assign(window, { loadingLines });
      new MutationObserver((records) => {
        for (const node of records.flatMap((record) => Array.from(record.addedNodes))) {
          const line = node instanceof Element ? (node.matches('.corpus-loader') ? node : node.querySelector('.corpus-loader')) : null;
          if (line) loadingLines.push(line.textContent ?? '');
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    await expect(desk.results.rows.first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { loadingLines: string[] }).loadingLines)).toEqual([]);
  });

  test('choosing the theme "Enfants (protection)" shows exactly III.21', async () => {
    await desk.themes.choose('Enfants (protection)');
    await expect(desk.themes.theme('Enfants (protection)')).toHaveAttribute('aria-selected', 'true');
    await expect(desk.results.rows).toHaveCount(1);
    expect(await desk.results.renderedRefs()).toEqual(['III.21']);
    await expect(desk.results.count).toHaveText('1 paragraphe');
    await expect(desk.page.getByRole('group', { name: 'Filtres actifs' })).toContainText('Enfants (protection)');
  });

  test('a phrase typed without accents finds exactly the paragraphs containing it', async () => {
    const phrase = 'enfants non accompagnes';
    const corpus = await loadBundledCorpus();
    const expected = corpus.paragraphs.filter((paragraph) => paragraph.adopted && looseText(paragraph.text.fr ?? '').includes(phrase)).map((paragraph) => paragraph.id);
    expect(expected.length).toBeGreaterThan(0);

    await desk.results.search.fill(`"${phrase}"`);
    await expect(desk.results.count).toHaveText(`${expected.length} paragraphe${expected.length > 1 ? 's' : ''}`);
    expect((await desk.results.allParagraphIds()).sort()).toEqual([...expected].sort());
    // The accented words of the text are what is highlighted.
    await expect(desk.results.rows.first().locator('mark').first()).toHaveText(/^enfants non accompagnés$/i);
  });

  test('on compact rows, each row shows its first match within its line, and a text drawn short still ends in the line\'s ellipsis', async () => {
    const texts = new Map((await loadBundledCorpus()).paragraphs.map((paragraph) => [paragraph.id, paragraph.text.fr ?? '']));
    await desk.results.search.fill('enfants');
    await desk.results.settled();
    const painted = await desk.results.grid.evaluate((grid) =>
      Array.from(grid.querySelectorAll<HTMLElement>('.grid__body [role="row"][data-paragraph-id]'), (row) => {
        const cell = row.querySelector<HTMLElement>('.grid__cell--text')!;
        const mark = cell.querySelector('mark');
        return {
          id: row.dataset.paragraphId!,
          compact: grid.classList.contains('grid--compact'),
          shown: cell.querySelector('.text-cell')!.textContent!,
          markLeft: mark ? mark.getBoundingClientRect().left - cell.getBoundingClientRect().left : null,
          cellWidth: cell.clientWidth,
          overflows: cell.scrollWidth > cell.clientWidth,
        };
      }),
    );
    const rows = painted.map((row) => {
      const text = texts.get(row.id)!;
      return { ...row, matchFarIn: text.toLowerCase().indexOf('enfants') > 120, drawnShort: row.shown.endsWith('…') && !text.endsWith('…') };
    });
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((row) => row.compact)).toBe(true);
    // Matches far into their texts: shown from a few words before them.
    expect(rows.filter((row) => row.matchFarIn).length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.markLeft).not.toBeNull();
      expect(row.markLeft!).toBeLessThan(row.cellWidth - 16);
      if (row.drawnShort) expect(row.overflows).toBe(true);
    }
    expect(rows.filter((row) => row.drawnShort).length).toBeGreaterThan(0);
  });

  test('only the row under the pointer and the active row carry tooltips, each with its own whole text and citation', async ({ page }) => {
    const texts = new Map((await loadBundledCorpus()).paragraphs.map((paragraph) => [paragraph.id, paragraph.text.fr ?? '']));
    const { grid, rows } = desk.results;
    const titledRows = () =>
      grid.evaluate((element) => Array.from(element.querySelectorAll<HTMLElement>('.grid__body [role="row"][data-paragraph-id]'), (row) => (row.querySelector('[title]') ? row.dataset.paragraphId! : null)).filter((id) => id !== null));
    const expectOwnTooltips = async (row: ReturnType<typeof rows.nth>) => {
      const id = (await row.getAttribute('data-paragraph-id'))!;
      await expect(row.locator('.text-cell')).toHaveAttribute('title', texts.get(id)!);
      const citation = row.locator('.grid__cell--citation span');
      await expect(citation).toHaveAttribute('title', (await citation.textContent())!);
      return id;
    };

    await desk.results.search.fill('enfants');
    await desk.results.settled();
    expect(await titledRows()).toEqual([]);
    await rows.nth(2).locator('.grid__cell--year').hover();
    const third = await expectOwnTooltips(rows.nth(2));
    await expect.poll(titledRows).toEqual([third]);
    // The row left loses them.
    await rows.nth(3).locator('.grid__cell--year').hover();
    const fourth = await expectOwnTooltips(rows.nth(3));
    await expect.poll(titledRows).toEqual([fourth]);

    // Typed on with the pointer resting there: the row now under it shows its own.
    await desk.results.search.fill('enfants non accompagnés');
    await desk.results.settled();
    const underPointer = await expectOwnTooltips(rows.nth(3));
    expect(underPointer).not.toBe(fourth);
    await expect.poll(titledRows).toEqual([underPointer]);

    // The pointer gone, the keyboard's row has them, for assistive technology too.
    await page.mouse.move(0, 0);
    await expect.poll(titledRows).toEqual([]);
    await desk.results.focusGridByKeyboard();
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(1)).toHaveClass(/is-active/);
    const active = await expectOwnTooltips(rows.nth(1));
    await expect.poll(titledRows).toEqual([active]);
  });

  test('the library\'s coverage: its summary at once, its facts once opened, by pointer or keyboard, the period as the browser writes it', async ({ page }) => {
    const corpus = await loadBundledCorpus();
    const dated = corpus.documents.flatMap((document) => (document.dates ? [document.dates] : []));
    const first = dated.map((dates) => dates.start).sort()[0]!;
    const last = dated.map((dates) => dates.end).sort().at(-1)!;
    const coverage = page.locator('details.coverage');
    const summary = coverage.locator('summary');
    await expect(summary).toHaveText(/^Bibliothèque : \d+ documents, \d{4}–\d{4}/);
    // Closed, its facts are not made: writing the period loads the browser's date data.
    await expect(coverage.locator('.coverage__panel')).toHaveCount(0);

    await summary.click();
    const period = await page.evaluate(
      ([start, end]) => new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).formatRange(new Date(`${start}T12:00:00Z`), new Date(`${end}T12:00:00Z`)),
      [first, last],
    );
    await expect(coverage.locator('dt:text-is("Période") + dd')).toHaveText(period);
    await expect(coverage.locator('dt:text-is("Années") + dd')).toHaveText(`${corpus.coverage.years.first}–${corpus.coverage.years.last}`);

    await summary.click();
    await expect(coverage).not.toHaveJSProperty('open', true);
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(coverage).toHaveJSProperty('open', true);
    await expect(coverage.locator('dt:text-is("Période") + dd')).toBeVisible();
  });

  test('switching the interface to English changes the labels and the theme names, and is remembered', async ({ page }) => {
    await expect(desk.results.columnHeader('Texte')).toBeVisible();
    await expect(desk.themes.theme('Enfants')).toBeVisible();

    await desk.switchInterfaceTo('English');

    await expect(desk.results.columnHeader('Text')).toBeVisible();
    await expect(desk.results.columnHeader('Texte')).toHaveCount(0);
    await expect(desk.results.search).toHaveAttribute('placeholder', /^Search: words/);
    await expect(desk.themes.theme('Children')).toBeVisible();
    await expect(desk.themes.theme('Enfants')).toHaveCount(0);
    await expect(page.getByText('English theme names are unofficial translations.')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    // Remembered by the host, not by the page.
    await expect.poll(async () => (await hostSettings()).interfaceLanguage).toBe('en');
    await page.reload();
    await expect(desk.results.columnHeader('Text')).toBeVisible();
    expect(await desk.interfaceLanguageChecked()).toBe('English');
  });

  test('the keyboard alone reaches the results, moves the selection and opens the detail', async ({ page }) => {
    await desk.results.focusGridByKeyboard();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = desk.results.rows.nth(2);
    await expect(third).toHaveAttribute('aria-selected', 'true');
    await expect(desk.results.grid.locator('[aria-selected="true"]')).toHaveCount(1);

    await page.keyboard.press('Enter');
    const citation = (await third.getByRole('gridcell').nth(1).innerText()).trim();
    await expect(desk.detail.heading).toHaveText(citation);

    await page.keyboard.press('Shift+ArrowDown');
    await expect(desk.results.grid.locator('[aria-selected="true"]')).toHaveCount(2);
    await expect(desk.results.count).toContainText('2 sélectionnés');
  });

  test('report paragraphs that are not adopted text appear only when asked, clearly marked', async ({ page }) => {
    const corpus = await loadBundledCorpus();
    const adopted = corpus.paragraphs.filter((paragraph) => paragraph.adopted).length;
    await expect(desk.results.count).toHaveText(`${adopted} paragraphes`);
    await expect(desk.results.grid.getByText('Contexte', { exact: true })).toHaveCount(0);

    await desk.openViewMenu();
    await page.getByRole('checkbox', { name: 'Inclure les paragraphes de rapport non adoptés' }).check();
    await expect(desk.results.count).toHaveText(`${corpus.paragraphs.length} paragraphes`);
    await expect(desk.results.grid.getByText('Contexte', { exact: true }).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await desk.activeFilters.getByRole('button', { name: 'Retirer le filtre : Paragraphes de rapport inclus' }).click();
    await expect(desk.results.count).toHaveText(`${adopted} paragraphes`);
  });

  test('facets combine, show as chips and clear all at once', async ({ page }) => {
    const corpus = await loadBundledCorpus();
    const documents = new Map(corpus.documents.map((document) => [document.id, document]));
    const expected = corpus.paragraphs.filter((paragraph) => {
      const document = documents.get(paragraph.docId)!;
      return paragraph.adopted && document.body === 'cop' && document.year >= 2010;
    });
    expect(expected.length).toBeGreaterThan(0);

    await page.getByRole('group', { name: 'Organe' }).getByRole('checkbox', { name: 'Conférence des Parties' }).check();
    await page.getByRole('group', { name: 'Années' }).getByRole('combobox', { name: 'De' }).selectOption('2010');
    await expect(desk.results.count).toHaveText(`${expected.length} paragraphes`);
    expect((await desk.results.allParagraphIds()).sort()).toEqual(expected.map((paragraph) => paragraph.id).sort());
    await expect(desk.activeFilters.getByRole('button', { name: /^Retirer le filtre/ })).toHaveCount(2);

    await desk.activeFilters.getByRole('button', { name: 'Tout effacer' }).click();
    await expect(desk.results.count).toHaveText(`${corpus.paragraphs.filter((paragraph) => paragraph.adopted).length} paragraphes`);
    await expect(desk.activeFilters).toHaveCount(0);
  });

  test('typing a search leaves the table where it is; with a facet on, the search shows among the chips', async ({ page }) => {
    const tableTop = async () => (await desk.results.grid.boundingBox())?.y;
    const before = await tableTop();
    // The box's own selection changes stay with it: the draft editor listens to the document's.
    await desk.results.search.evaluate((box) => {
      const heard = { atBox: 0, byDocument: 0 };
      Object.assign(window, { selectionChangesHeard: heard });
      box.addEventListener('selectionchange', () => heard.atBox++);
      document.addEventListener('selectionchange', (event) => event.target === box && heard.byDocument++);
    });
    await desk.results.search.pressSequentially('migrants');
    await expect(desk.results.grid).toHaveAttribute('aria-busy', 'false');
    await expect(desk.results.rows.first().locator('mark').first()).toHaveText(/^migrants$/i);
    expect(await tableTop()).toBe(before);
    const heard = await page.evaluate(() => (window as unknown as { selectionChangesHeard: { atBox: number; byDocument: number } }).selectionChangesHeard);
    expect(heard.atBox).toBeGreaterThan(0);
    expect(heard.byDocument).toBe(0);
    await expect(desk.activeFilters).toHaveCount(0);

    await page.getByRole('group', { name: 'Organe' }).getByRole('checkbox', { name: 'Conférence des Parties' }).check();
    await expect(desk.activeFilters.getByRole('button', { name: /^Retirer le filtre/ })).toHaveCount(2);
    await expect(desk.activeFilters).toContainText('Texte : « migrants »');
    await desk.activeFilters.getByRole('button', { name: 'Tout effacer' }).click();
    await expect(desk.results.search).toHaveValue('');
    await expect(desk.activeFilters).toHaveCount(0);

    // A quote just typed narrows nothing yet: no chip says it does.
    await page.getByRole('group', { name: 'Organe' }).getByRole('checkbox', { name: 'Conférence des Parties' }).check();
    await desk.results.search.pressSequentially('"');
    await expect(desk.results.grid).toHaveAttribute('aria-busy', 'false');
    await expect(desk.activeFilters.getByRole('button', { name: /^Retirer le filtre/ })).toHaveCount(1);
    await expect(desk.activeFilters).not.toContainText('Texte');
    await desk.results.search.pressSequentially('mig');
    await expect(desk.activeFilters).toContainText('Texte : « "mig »');
  });

  test('typed a key at a time, a search asks for its rows alone; its facets are counted once the rows hold still, and add up to the rows', async ({ page }) => {
    const queries = recordSocketArguments<PrecedentPageRequest>(page, 'queryPrecedents');
    // Opened again, so that the socket the window opens is watched from its first call.
    await desk.openFresh();
    const sidebar = page.getByRole('complementary', { name: 'Bibliothèque et filtres' }).locator('[aria-busy]');
    await expect(sidebar).toHaveAttribute('aria-busy', 'false');
    const typedFrom = queries.length;
    await desk.results.search.pressSequentially('coopération');
    await expect(desk.results.grid).toHaveAttribute('aria-busy', 'false');
    await expect(sidebar).toHaveAttribute('aria-busy', 'false');

    const typed = queries.slice(typedFrom);
    const [rows, counted] = [typed.filter((request) => request.limit > 0), typed.filter((request) => request.withCounts)];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((request) => request.withCounts)).toEqual([]);
    // Counted for a search the rows showed, and last for the whole word.
    expect(counted.every((request) => request.limit === 0 && 'coopération'.startsWith(request.query.filters.query))).toBe(true);
    expect(counted.at(-1)?.query.filters.query).toBe('coopération');

    // Each paragraph has one body: the bodies' counts add up to the rows found.
    const found = Number((await desk.results.count.innerText()).replace(/\D/g, ''));
    const bodyCounts = await page.getByRole('group', { name: 'Organe' }).getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => Number((box.parentElement?.querySelector('.facet__count')?.textContent ?? '').replace(/\D/g, ''))));
    expect(bodyCounts.reduce((sum, count) => sum + count, 0)).toBe(found);
  });

  test('a search brings the rows in view, and the rest of its first page when the table scrolls on', async ({ page }) => {
    const queries = recordSocketArguments<PrecedentPageRequest>(page, 'queryPrecedents');
    await desk.openFresh();
    await desk.results.search.fill('migrants');
    await desk.results.settled();
    const asked = () => queries.filter((request) => request.query.filters.query === 'migrants' && request.limit > 0);
    const [firstPage] = asked();
    expect(asked()).toHaveLength(1);
    expect(firstPage!.offset).toBe(0);
    // Every row drawn came with it, and no more than a page.
    expect(firstPage!.limit).toBeGreaterThanOrEqual(await desk.results.rows.count());
    expect(firstPage!.limit).toBeLessThan(PAGE_SIZE);

    // A screen further down, the rows past the first page come too, each with its paragraph.
    await desk.results.grid.evaluate((grid) => (grid.scrollTop += grid.clientHeight));
    await desk.results.settled();
    expect(asked().slice(1)).toEqual([expect.objectContaining({ offset: 0, limit: PAGE_SIZE })]);
    // Row 1 is the header's: a paragraph's position in the result is its index less 2.
    const positions = await desk.results.rows.evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('aria-rowindex')) - 2));
    expect(positions.some((position) => position >= firstPage!.limit)).toBe(true);
  });

  test('a missing English version is shown as missing, with the French text on demand', async ({ page }) => {
    const corpus = await loadBundledCorpus();
    const first = corpus.paragraphs.find((paragraph) => paragraph.id === 'CTOC/COP/WG.7/2012/6#4')!;
    expect(first.text.en).toBeUndefined();

    await page.getByRole('group', { name: 'Langue des textes' }).getByRole('radio', { name: 'Anglais' }).check();
    const row = desk.results.row(first.id);
    await expect(row.getByText('Pas de version anglaise')).toBeVisible();
    await expect(row).not.toContainText(first.text.fr!.slice(0, 30));

    await row.click();
    await expect(desk.detail.region.getByText('Pas de version anglaise').first()).toBeVisible();
    await desk.detail.region.getByRole('button', { name: 'Afficher le texte français' }).first().click();
    await expect(desk.detail.region.locator('[lang="fr"]').filter({ hasText: first.text.fr! }).first()).toBeVisible();
    // The citation exists in both languages even where the text does not.
    await expect(desk.detail.heading).toHaveText('CTOC/COP/WG.7/2012/6, para.\u00a04');
    await expect(desk.detail.region.getByText('CTOC/COP/WG.7/2012/6, par.\u00a04', { exact: true })).toBeVisible();
  });

  test('sorting and hidden columns are remembered', async ({ page }) => {
    const yearHeader = desk.results.columnHeader('Année');
    await yearHeader.getByRole('button').click();
    await yearHeader.getByRole('button').click();
    await expect(yearHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(desk.results.rows.first().getByRole('gridcell').nth(5)).toHaveText('2022');

    await desk.openViewMenu();
    await page.getByRole('checkbox', { name: 'Thèmes' }).uncheck();
    await expect(desk.results.columnHeader('Thèmes')).toHaveCount(0);

    await expect.poll(async () => JSON.stringify((await hostSettings())['precedents.table'])).toContain('"themes":false');
    // The window asks for its opening rows before the host's settings are in, with the sort it
    // closed with: the host's answer to the settings is held back until that request has left.
    let releaseSettings = () => {};
    const settingsHeld = new Promise<void>((resolve) => (releaseSettings = resolve));
    await page.route(`**${DESK_HOST_API_PREFIX}getSettings`, async (route) => {
      await settingsHeld;
      await route.continue();
    });
    const openingPage = page.waitForRequest((request) => request.url().endsWith(`${DESK_HOST_API_PREFIX}queryPrecedents`), { timeout: 15_000 });
    await page.reload();
    expect(((await openingPage).postDataJSON() as PrecedentPageRequest).query.sort).toEqual({ column: 'year', desc: true });
    releaseSettings();
    await expect(desk.results.columnHeader('Année')).toHaveAttribute('aria-sort', 'descending');
    await expect(desk.results.columnHeader('Thèmes')).toHaveCount(0);
    await expect(desk.results.rows.first().getByRole('gridcell').nth(4)).toHaveText('2022');
  });

  test('scrolled to the end, a new order of the same rows brings the rows in view, not only the first page', async () => {
    const { grid } = desk.results;
    await grid.evaluate((element) => (element.scrollTop = element.scrollHeight));
    await expect(grid.locator('[role="row"][aria-rowindex="334"]')).toHaveAttribute('data-paragraph-id', /./);
    // The same 333 rows in another order: the rows in view come again from the host, in that order.
    await desk.results.columnHeader('Année').getByRole('button').click();
    await expect(desk.results.columnHeader('Année')).toHaveAttribute('aria-sort', 'ascending');
    const last = grid.locator('[role="row"][aria-rowindex="334"]');
    await expect(last).toHaveAttribute('data-paragraph-id', /./);
    await expect(grid.locator('[role="row"][aria-busy="true"]')).toHaveCount(0);
    await expect(last.getByRole('gridcell').nth(5)).toHaveText('2022');
  });

  test('rows sit edge to edge and hold their whole line, compact or comfortable, at a larger font size too', async ({ page }) => {
    /** The rendered rows from the top: gaps or overlaps between rows, and cells running past their row. */
    const rowLayout = () =>
      desk.results.rows.evaluateAll((rows) => {
        const boxes = rows.map((row) => ({ row: row.getBoundingClientRect(), cells: Array.from(row.querySelectorAll('[role="gridcell"]'), (cell) => cell.getBoundingClientRect()) })).sort((a, b) => a.row.top - b.row.top);
        return {
          count: boxes.length,
          seams: boxes.slice(1).map((box, i) => Math.round((box.row.top - boxes[i]!.row.bottom) * 10) / 10),
          overflowing: boxes.filter((box) => box.cells.some((cell) => cell.bottom > box.row.bottom + 0.5)).length,
        };
      });
    const expectTight = async () => {
      await expect.poll(async () => {
        const layout = await rowLayout();
        // Enough rows for their seams to say something: at 22 px, a handful fill the view.
        return { many: layout.count > 5, gapped: layout.seams.filter((seam) => Math.abs(seam) > 0.5), overflowing: layout.overflowing };
      }).toEqual({ many: true, gapped: [], overflowing: 0 });
    };
    // Compact rows all have one height, which the table does not measure row by row.
    await expectTight();
    // As a delegate's larger default font would (set through the CSSOM: the page's policy forbids style elements).
    await page.evaluate(() => (document.documentElement.style.fontSize = '22px'));
    await expectTight();
    await desk.openViewMenu();
    await page.getByRole('radio', { name: 'Confortables' }).check();
    await expectTight();
    await page.getByRole('radio', { name: 'Compactes' }).check();
    await expectTight();
  });

  test('dragging one row of a selection drags the whole selection, with a plain-text fallback', async ({ page }) => {
    const rows = desk.results.rows;
    await rows.nth(0).click();
    await rows.nth(2).click({ modifiers: ['Shift'] });
    const ids = await rows.evaluateAll((elements) => elements.slice(0, 3).map((element) => element.getAttribute('data-paragraph-id')));

    const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
    await rows.nth(1).dispatchEvent('dragstart', { dataTransfer });
    const carried = await dataTransfer.evaluate((transfer) => ({ ids: transfer.getData('application/x-precedent-desk-paragraphs'), plain: transfer.getData('text/plain') }));
    expect(JSON.parse(carried.ids)).toEqual(ids);
    const corpus = await loadBundledCorpus();
    const firstText = corpus.paragraphs.find((paragraph) => paragraph.id === ids[0])!.text.fr!;
    expect(carried.plain.split('\n\n')).toHaveLength(3);
    expect(carried.plain.startsWith(`${firstText} (CTOC/COP/WG.7/2012/6, par.\u00a04)`)).toBe(true);
  });
});
