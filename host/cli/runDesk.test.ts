import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { ThemeListing } from './commands/theme';
import type { ThemeNode } from './commands/themes';
import { findTheme } from './findTheme';
import { loadCliIndex } from './loadCliIndex';
import type { ParagraphReport } from './paragraphReport';
import { runDeskRecorded } from './testing/runDeskRecorded';


let index: CorpusIndex;
beforeAll(async () => {
  index = await loadCliIndex();
});

describe('desk cite', () => {
  it('prints the French citation by default, with plain spaces', async () => {
    const result = await runDeskRecorded('cite', 'I.22');
    expect(result).toEqual({ code: 0, stdout: 'CTOC/COP/WG.7/2012/6, par. 25\n', stderr: '' });
  });

  it('prints the English citation with --lang en, before or after the reference', async () => {
    expect((await runDeskRecorded('cite', '--lang', 'en', 'B:VI.9.c')).stdout).toBe('CTOC/COP/2012/15, resolution 6/3, para. 9 (c)\n');
    expect((await runDeskRecorded('cite', 'B:IV.j.ii', '--lang=en')).stdout).toBe('CTOC/COP/2008/19, decision 4/5, para. (j) (ii)\n');
  });

  it('cites several references together as a range', async () => {
    const result = await runDeskRecorded('cite', 'CTOC/COP/WG.7/2012/6:23', 'CTOC/COP/WG.7/2012/6:24', 'I.22');
    expect(result.stdout).toBe('CTOC/COP/WG.7/2012/6, par. 23 à 25\n');
  });

  it('rejects an unknown reference with exit code 2 and prints nothing on stdout', async () => {
    const result = await runDeskRecorded('cite', 'I.99');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^desk cite: Unknown reference "I\.99"/);
  });
});

describe('desk show', () => {
  it('quotes the original report and shows the compendium variant (I.33 lacks "aussi")', async () => {
    const result = await runDeskRecorded('show', 'I.33');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Text from: original document (CTOC/COP/WG.7/2012/6)');
    expect(result.stdout).toContain('Variant printed in the compendium');
    const report = JSON.parse((await runDeskRecorded('show', 'I.33', '--json')).stdout) as ParagraphReport;
    expect(report.text).toContain('aussi');
    expect(report.variants.map((variant) => variant.source)).toContain('compendium');
    expect(report.variants.find((variant) => variant.source === 'compendium')?.text).not.toContain('aussi');
  });

  it('marks text that only the compendium has and lists the sub-items', async () => {
    const report = JSON.parse((await runDeskRecorded('show', 'II.8', '--json')).stdout) as ParagraphReport;
    expect(report.textSource).toBe('compendium');
    expect(report.subItems.map((item) => item.marker)).toEqual(['a)', 'b)', 'c)', 'd)', 'e)']);
    const plain = (await runDeskRecorded('show', 'II.8')).stdout;
    expect(plain).toContain('Text from: compendium');
    expect(plain).toMatch(/\n {2}e\) \S/);
  });

  it('says a report paragraph outside the recommendations is not adopted text', async () => {
    expect((await runDeskRecorded('show', 'CTOC/COP/WG.7/2012/6:1')).stdout).toContain('not adopted text');
  });

  it('never fills in a language the corpus lacks: exit code 3, said on stderr', async () => {
    const result = await runDeskRecorded('show', 'I.22', '--lang', 'en', '--json');
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('no English text');
    const report = JSON.parse(result.stdout) as ParagraphReport;
    expect(report.text).toBeNull();
    expect(report.citation).toBe('CTOC/COP/WG.7/2012/6, para. 25');
  });

  it('refuses more than one reference', async () => {
    expect((await runDeskRecorded('show', 'I.22', 'I.23')).code).toBe(2);
  });
});

describe('desk themes and theme', () => {
  function flatten(nodes: readonly ThemeNode[]): ThemeNode[] {
    return nodes.flatMap((node) => [node, ...flatten(node.children)]);
  }

  it('lists every theme once, under its parent', async () => {
    const result = await runDeskRecorded('themes', '--json');
    const tree = JSON.parse(result.stdout) as { themes: ThemeNode[] };
    const nodes = flatten(tree.themes);
    expect(nodes.map((node) => node.id).sort()).toEqual(index.corpus.themes.map((theme) => theme.id).sort());
    for (const node of nodes) expect(node.children.map((child) => child.id)).toEqual(index.themes.get(node.id)?.childIds);
  });

  it('counts the paragraphs of a theme, a group counting each paragraph of its sub-themes once', async () => {
    const nodes = flatten((JSON.parse((await runDeskRecorded('themes', '--json')).stdout) as { themes: ThemeNode[] }).themes);
    const children = nodes.find((node) => node.id === findTheme(index, 'Enfants (protection)').id);
    expect(children?.paragraphCount).toBe(1);
    for (const node of nodes.filter((n) => n.children.length > 0)) {
      const counts = node.children.map((child) => child.paragraphCount);
      expect(node.paragraphCount).toBeGreaterThanOrEqual(Math.max(...counts));
      expect(node.paragraphCount).toBeLessThanOrEqual(counts.reduce((a, b) => a + b, 0) + (index.themes.get(node.id)?.paragraphIds.length ?? 0));
    }
    expect((await runDeskRecorded('themes')).stdout).toMatch(new RegExp(`^ *${children?.label.replace(/[()]/g, '\\$&')} \\(1 paragraph\\)$`, 'm'));
  });

  it('labels both counts where sub-items add to the paragraphs the index cites', async () => {
    const technical = (JSON.parse((await runDeskRecorded('themes', '--json')).stdout) as { themes: ThemeNode[] }).themes.find((node) => node.id === 'assistance-technique');
    expect(technical).toMatchObject({ paragraphCount: 23, withSubItemsCount: 25 });
    expect((await runDeskRecorded('themes', '--lang', 'en')).stdout).toContain('\nTechnical assistance (23 paragraphs, 25 with sub-items)\n');
  });

  it('marks English labels as unofficial', async () => {
    expect((await runDeskRecorded('themes', '--lang', 'en')).stdout).toMatch(/^\(English labels are unofficial translations\.\)\n/);
  });

  it('finds a theme tolerantly and lists its references with citations', async () => {
    for (const label of ['Enfants (protection)', 'enfants  (PROTECTION)', 'ENFANTS, protection', 'Enfants(protection)']) {
      const listing = JSON.parse((await runDeskRecorded('theme', label, '--json')).stdout) as ThemeListing;
      expect(listing.paragraphs).toEqual([expect.objectContaining({ reference: 'III.21', compendiumRef: 'III.21' })]);
    }
    expect((await runDeskRecorded('theme', 'Enfants (protection)')).stdout).toMatch(/III\.21 {2}CTOC\/COP\/WG\.7\/2015\/6, par\. \d+/);
  });

  it('finds a theme by its English label', async () => {
    const theme = index.corpus.themes.find((t) => t.label.en && t.label.fr && t.label.en !== t.label.fr && t.paragraphIds.length > 0);
    const listing = JSON.parse((await runDeskRecorded('theme', theme?.label.en?.toUpperCase() ?? '', '--lang', 'en', '--json')).stdout) as ThemeListing;
    expect(listing.id).toBe(theme?.id);
    expect(listing.label).toBe(theme?.label.en);
  });

  it('finds a French label typed without accents and with a curly apostrophe', async () => {
    const theme = index.corpus.themes.find((t) => /'/.test(t.label.fr ?? '') && /[éèàç]/.test(t.label.fr ?? ''));
    const typed = (theme?.label.fr ?? '').normalize('NFKD').replace(/\p{M}/gu, '').replace(/'/g, '’');
    expect(typed).not.toBe(theme?.label.fr);
    const listing = JSON.parse((await runDeskRecorded('theme', typed, '--json')).stdout) as ThemeListing;
    expect(listing.id).toBe(theme?.id);
  });

  it('rejects an unknown theme with suggestions and exit code 2', async () => {
    const result = await runDeskRecorded('theme', 'Enfants (protectoin)');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown theme "Enfants (protectoin)". Did you mean');
  });
});

describe('desk usage', () => {
  it('rejects unknown commands and options and bad values with exit code 2', async () => {
    expect(await runDeskRecorded('citer', 'I.22')).toMatchObject({ code: 2, stderr: expect.stringContaining('Did you mean "cite"') });
    expect(await runDeskRecorded('cite', 'I.22', '--langue', 'en')).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown option "--langue"') });
    expect(await runDeskRecorded('cite', 'I.22', '--lang', 'de')).toMatchObject({ code: 2, stderr: expect.stringContaining('"en" or "fr"') });
    expect(await runDeskRecorded('cite')).toMatchObject({ code: 2, stderr: expect.stringContaining('Missing reference') });
    expect(await runDeskRecorded('themes', 'Enfants')).toMatchObject({ code: 2 });
  });

  it('prints help for the tool and for each command', async () => {
    const general = await runDeskRecorded('--help');
    expect(general.code).toBe(0);
    for (const name of ['cite', 'show', 'themes', 'theme']) expect(general.stdout).toContain(`  ${name} `);
    expect(await runDeskRecorded('show', '--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: desk show REF') });
    expect((await runDeskRecorded()).code).toBe(2);
  });
});
