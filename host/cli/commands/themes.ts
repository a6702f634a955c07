import type { CorpusIndex } from '../../../shared/corpus/corpusIndex';
import type { Lang, Theme } from '../../../shared/corpus/model';
import { CliError } from '../CliError';
import type { CliCommand } from '../command';
import { EXIT_OK } from '../exitCodes';
import { loadCliIndex } from '../loadCliIndex';
import { parseCommandArgs, readLang } from '../parseCommandArgs';
import { subThemes, themeFields, themeParagraphIds, type ThemeFields } from '../themeLabel';

/** One node of `desk themes --json` (documented in README.md). */
export interface ThemeNode extends ThemeFields {
  /** Distinct paragraphs of the theme and its sub-themes. */
  paragraphCount: number;
  children: ThemeNode[];
}

function themeNode(index: CorpusIndex, theme: Theme, lang: Lang): ThemeNode {
  return {
    ...themeFields(theme, lang),
    paragraphCount: themeParagraphIds(index.themes, theme).length,
    children: subThemes(index.themes, theme).map((child) => themeNode(index, child, lang)),
  };
}

function printTree(nodes: readonly ThemeNode[], depth: number, out: (text: string) => void): void {
  for (const node of nodes) {
    out(`${'  '.repeat(depth)}${node.label} (${node.paragraphCount})${node.isGroup ? ' [group]' : ''}`);
    printTree(node.children, depth + 1, out);
  }
}

export const themesCommand: CliCommand = {
  name: 'themes',
  usage: `themes [--lang en|fr] [--json]
  Lists the themes of the compendium's thematic index as a tree, with paragraph counts.
  English labels are unofficial translations.`,
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
