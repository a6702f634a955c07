import type { CorpusIndex } from '../../../shared/corpus/corpusIndex';
import type { Lang, Theme } from '../../../shared/corpus/model';
import { themeCounts } from '../../../shared/corpus/themeCounts';
import { CliError } from '../CliError';
import type { CliCommand } from '../command';
import { EXIT_OK } from '../exitCodes';
import { loadCliIndex } from '../loadCliIndex';
import { parseCommandArgs, readLang } from '../parseCommandArgs';
import { subThemes, themeFields, type ThemeFields } from '../themeLabel';

/** One node of `desk themes --json` (documented in README.md). */
export interface ThemeNode extends ThemeFields {
  /** Distinct paragraphs of the theme and its sub-themes that the index cites. */
  paragraphCount: number;
  /** Those with their sub-items: what the app's theme list counts and its table lists. */
  withSubItemsCount: number;
  children: ThemeNode[];
}

function themeNode(index: CorpusIndex, theme: Theme, lang: Lang): ThemeNode {
  const counts = themeCounts(index, theme.id);
  return {
    ...themeFields(theme, lang),
    paragraphCount: counts.cited,
    withSubItemsCount: counts.withSubItems,
    children: subThemes(index.themes, theme).map((child) => themeNode(index, child, lang)),
  };
}

function printTree(nodes: readonly ThemeNode[], depth: number, out: (text: string) => void): void {
  for (const node of nodes) {
    const subItems = node.withSubItemsCount > node.paragraphCount ? `, ${node.withSubItemsCount} with sub-items` : '';
    out(`${'  '.repeat(depth)}${node.label} (${node.paragraphCount} paragraph${node.paragraphCount === 1 ? '' : 's'}${subItems})${node.isGroup ? ' [group]' : ''}`);
    printTree(node.children, depth + 1, out);
  }
}

export const themesCommand: CliCommand = {
  name: 'themes',
  usage: `themes [--lang en|fr] [--json]
  Lists the themes of the compendium's thematic index as a tree. Each count covers the theme and
  its sub-themes: the paragraphs the index cites, and, where they have sub-items, the count with
  their sub-items (the figure the app shows). English labels are unofficial translations.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('themes', args, { lang: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals.length > 0) throw new CliError(`"themes" takes no argument; for one theme use: desk theme "${positionals.join(' ')}"`);
    const lang = readLang(values.lang);
    const index = await loadCliIndex();
    const roots = index.corpus.themes.filter((theme) => theme.parentId === null).map((theme) => themeNode(index, theme, lang));
    if (values.json) {
      io.out(JSON.stringify({ lang, unofficialLabels: lang === 'en', themes: roots }, null, 2));
    } else {
      if (lang === 'en') io.out('(English labels are unofficial translations.)');
      printTree(roots, 0, (text) => io.out(text));
    }
    return EXIT_OK;
  },
};
