import type { Lang, Locator, Paragraph } from '../corpus/model';
import { isNextLocator } from './isNextLocator';

/** How spaces inside a French locator are written: ordinary, or non-breaking (app and Word). */
export type Typography = 'plain' | 'typographic';

interface Spacing {
  /** After `par.`/`al.` and before a sub-item marker such as `e)`: non-breaking in typographic French. */
  tight: string;
}

function itemMarker(item: string, lang: Lang): string {
  return lang === 'en' ? `(${item})` : `${item})`;
}

/** The locator without its last element, e.g. `8` for 8 (e), `(j)` for (j) (ii); empty at top level. */
function parentPath(locator: Locator, lang: Lang, spacing: Spacing): string {
  if (locator.items.length === 0) return '';
  const path = [...(locator.number === null ? [] : [String(locator.number)]), ...locator.items.slice(0, -1).map((item) => itemMarker(item, lang))];
  return path.join(lang === 'en' ? ' ' : spacing.tight);
}

/** What one member contributes to the list: its number at top level, else its sub-item marker. */
function ownLabel(locator: Locator, lang: Lang): string {
  const last = locator.items.at(-1);
  if (last !== undefined) return itemMarker(last, lang);
  return locator.number === null ? '' : String(locator.number);
}

function headWord(locator: Locator, lang: Lang, plural: boolean): string {
  switch (locator.kind) {
    case 'paragraph':
    case 'operative':
      if (lang === 'en') return plural ? 'paras.' : 'para.';
      // Decisions' lettered items are "alinéas" in French: décision 4/5, al. j) ii).
      return locator.number === null ? 'al.' : 'par.';
    case 'recommendation':
      if (lang === 'en') return plural ? 'recommendations' : 'recommendation';
      return plural ? 'recommandations' : 'recommandation';
    case 'preamble':
      if (lang === 'en') return plural ? 'preambular paras.' : 'preambular para.';
      return 'al.';
    case 'chapeau':
      return 'chapeau';
    case 'unnumbered-preamble':
      return lang === 'en' ? 'preamble' : 'préambule';
  }
}

/** Runs of consecutive members: one or two are listed (`23 and 24`), three or more make a range. */
function listMembers(members: readonly Paragraph[], lang: Lang): string {
  const runs: Paragraph[][] = [];
  for (const member of members) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && isNextLocator(previous.locator, member.locator)) run.push(member);
    else runs.push([member]);
  }
  const labels = runs.flatMap((run) => {
    const first = run[0];
    const last = run.at(-1);
    if (!first || !last) return [];
    if (run.length < 3) return run.map((member) => ownLabel(member.locator, lang));
    const dash = lang === 'en' ? '–' : ' à ';
    return [`${ownLabel(first.locator, lang)}${dash}${ownLabel(last.locator, lang)}`];
  });
  const and = lang === 'en' ? ' and ' : ' et ';
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')}${and}${labels.at(-1)}`;
}

/**
 * The locators of one series: siblings of one kind under one parent (top-level paragraphs of a
 * document, or sub-items of one paragraph), in document order.
 */
export function formatLocatorSeries(members: readonly Paragraph[], lang: Lang, typography: Typography): string {
  const first = members[0];
  if (!first) throw new Error('A locator series needs at least one paragraph');
  const locator = first.locator;
  if (locator.kind === 'chapeau' || locator.kind === 'unnumbered-preamble') return headWord(locator, lang, false);

  const spacing: Spacing = { tight: lang === 'fr' && typography === 'typographic' ? '\u00a0' : ' ' };
  const path = parentPath(locator, lang, spacing);
  // "paras. 23–25" but "para. 8 (a)–(c)": the plural counts the members only when they are top-level.
  const plural = members.length > 1 && path === '';
  const afterHead = lang === 'fr' && (locator.kind === 'paragraph' || locator.kind === 'operative' || locator.kind === 'preamble') ? spacing.tight : ' ';
  const list = listMembers(members, lang);
  const body = path === '' ? list : list === '' ? path : `${path}${lang === 'en' ? ' ' : spacing.tight}${list}`;
  const text = `${headWord(locator, lang, plural)}${afterHead}${body}`;
  return lang === 'fr' && locator.kind === 'preamble' ? `${text} du préambule` : text;
}
