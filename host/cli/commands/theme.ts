import { formatCitation } from '../../../shared/citation/formatCitation';
import { formatReference } from '../../../shared/citation/formatReference';
import type { CorpusIndex } from '../../../shared/corpus/corpusIndex';
import type { Lang, Theme } from '../../../shared/corpus/model';
import type { CliCommand, CliIO } from '../command';
import { EXIT_OK } from '../exitCodes';
import { findTheme } from '../findTheme';
import { loadCliIndex } from '../loadCliIndex';
import { parseCommandArgs, readLang, requirePositionals } from '../parseCommandArgs';
import { subThemes, themeFields, type ThemeFields } from '../themeLabel';

/** What `desk theme --json` prints (documented in README.md); sub-themes nest the same shape. */
export interface ThemeListing extends ThemeFields {
  paragraphs: { id: string; reference: string; compendiumRef: string | null; citation: string }[];
  children: ThemeListing[];
}

function themeListing(index: CorpusIndex, theme: Theme, lang: Lang): ThemeListing {
  return {
    ...themeFields(theme, lang),
    paragraphs: theme.paragraphIds.flatMap((id) => {
      const paragraph = index.paragraphs.get(id);
      if (!paragraph) return [];
      return [{ id, reference: formatReference(index, paragraph), compendiumRef: paragraph.compendiumRef, citation: formatCitation(index, [id], lang, 'plain') }];
    }),
    children: subThemes(index.themes, theme).map((child) => themeListing(index, child, lang)),
  };
}

function distinctParagraphs(listing: ThemeListing): Set<string> {
  return new Set([...listing.paragraphs.map((p) => p.id), ...listing.children.flatMap((child) => [...distinctParagraphs(child)])]);
}

function printListing(listing: ThemeListing, depth: number, io: CliIO): void {
  const indent = '  '.repeat(depth);
  const count = listing.paragraphs.length;
  const total = distinctParagraphs(listing).size;
  const counts = listing.isGroup
    ? ` [group] (${total} paragraphs in sub-themes)`
    : ` (${count} paragraph${count === 1 ? '' : 's'}${listing.children.length > 0 ? `; ${total} with sub-themes` : ''})`;
  io.out(`${indent}${listing.label}${counts}`);
  const width = Math.max(0, ...listing.paragraphs.map((p) => p.reference.length));
  for (const paragraph of listing.paragraphs) io.out(`${indent}  ${paragraph.reference.padEnd(width)}  ${paragraph.citation}`);
  for (const child of listing.children) printListing(child, depth + 1, io);
}

export const themeCommand: CliCommand = {
  name: 'theme',
  usage: `theme "LABEL" [--lang en|fr] [--json]
  Lists the paragraphs of one theme (and of its sub-themes): reference and citation.
  LABEL in French or English; case, accents, spacing and apostrophes do not matter.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('theme', args, { lang: { type: 'string' }, json: { type: 'boolean' } });
    // An unquoted label arrives as several words: take them together.
    const label = requirePositionals('theme', positionals, 'theme label (e.g. "Enfants (protection)")').join(' ');
    const lang = readLang(values.lang);
    const index = await loadCliIndex();
    const listing = themeListing(index, findTheme(index, label), lang);
    if (values.json) io.out(JSON.stringify({ lang, ...listing }, null, 2));
    else printListing(listing, 0, io);
    return EXIT_OK;
  },
};
