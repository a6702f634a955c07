import { closestMatches } from '../../shared/citation/closestMatches';
import type { CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { Theme } from '../../shared/corpus/model';
import { CliError } from './CliError';

/**
 * Case, accents, spacing, apostrophes and punctuation do not matter: "enfants protection",
 * "Enfants (Protection)" and "ENFANTS, protection" are the same label.
 */
export function foldLabel(label: string): string {
  return label.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The ways a user may name a theme: its label in either language, alone or after its parent's. */
function namesOf(index: CorpusIndex, theme: Theme): string[] {
  const own = [theme.label.fr, theme.label.en].filter((label): label is string => label !== undefined);
  const parent = theme.parentId === null ? undefined : index.themes.get(theme.parentId);
  const parentLabels = parent ? [parent.label.fr, parent.label.en].filter((label): label is string => label !== undefined) : [];
  return [theme.id, ...own, ...parentLabels.flatMap((parentLabel) => own.map((label) => `${parentLabel} (${label})`))];
}

export function findTheme(index: CorpusIndex, typed: string): Theme {
  const wanted = foldLabel(typed);
  if (wanted === '') throw new CliError('The theme label is empty.');
  const matches = index.corpus.themes.filter((theme) => namesOf(index, theme).some((name) => foldLabel(name) === wanted));
  // "Protection" may be a theme of its own and a sub-theme elsewhere: a theme named exactly so wins.
  const exact = matches.filter((theme) => [theme.label.fr, theme.label.en].some((label) => label !== undefined && foldLabel(label) === wanted));
  const chosen = exact.length === 1 ? exact[0] : matches.length === 1 ? matches[0] : undefined;
  if (chosen) return chosen;
  if (matches.length > 1) {
    throw new CliError(`Theme "${typed}" is ambiguous: ${matches.map((theme) => `"${theme.label.fr ?? theme.id}"`).join(', ')}.`);
  }
  const themeByFolded = new Map<string, Theme>();
  for (const theme of index.corpus.themes) {
    for (const label of [theme.label.fr, theme.label.en]) if (label !== undefined) themeByFolded.set(foldLabel(label), theme);
  }
  // A near miss ("protectoin"), else labels that contain what was typed ("protection").
  const near = closestMatches(wanted, themeByFolded.keys());
  const containing = [...themeByFolded.keys()].filter((folded) => folded.includes(wanted));
  const suggested = new Set((near.length > 0 ? near : containing).map((folded) => themeByFolded.get(folded)));
  const suggestions = [...suggested].slice(0, 5).map((theme) => `"${theme?.label.fr ?? theme?.id}"`);
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(' or ')}?` : ' "desk themes" lists them all.';
  throw new CliError(`Unknown theme "${typed}".${hint}`);
}
