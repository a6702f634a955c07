import type { Theme } from '../../../shared/corpus/model';
import type { PrecedentRowView } from '../../../shared/query/model';
import { themeLabel, themeNameShown } from '../../themes/themeLabel';
import { shownText } from '../model/shownText';
import { markedPieces } from '../search/markedPieces';
import { matchExcerpt } from '../search/matchExcerpt';
import type { CellContext } from './cellContext';
import { el, type NodeSpec } from './nodeSpec';
import type { ColumnId } from './tableLayout';

// What each cell shows, as data: the row painter writes it into the cell's nodes in place.

type CellContent = (row: PrecedentRowView, context: CellContext) => NodeSpec[];

const badge = (tone: 'warning' | 'info', text: string) => el('span', { class: `badge badge--${tone}` }, text);

/** The text from shortly before the query's first match, as much as the cell can show, its matches marked. */
function excerpt(text: string, { query, textRoom }: CellContext): NodeSpec[] {
  const { text: shown, matches } = matchExcerpt(text, query, textRoom);
  return markedPieces(shown, matches).map((piece) => (piece.marked ? el('mark', {}, piece.text) : piece.text));
}

function themeName(theme: Theme, context: CellContext): NodeSpec {
  const shown = themeNameShown(theme, context.interfaceLang, context.labels.unofficialTranslation);
  return el('span', { lang: shown.lang, class: shown.className, title: shown.title }, shown.text);
}

const ref: CellContent = (row, context) => [
  {
    tag: 'span',
    attributes: { class: 'ref-cell' },
    // A sub-item is indented by its depth in its document.
    style: { paddingInlineStart: `${row.depth * 1.1}rem` },
    children: [
      ...(row.depth > 0 ? [el('span', { 'aria-hidden': 'true', class: 'ref-cell__branch' }, '↳')] : []),
      row.compendiumRef ?? el('span', { class: 'muted' }, '—'),
      ...(row.adopted ? [] : [badge('info', context.labels.context)]),
    ],
  },
];

const citation: CellContent = (row, { contentLang }) => {
  const text = row.citation[contentLang];
  return [el('span', { lang: contentLang, title: text }, text)];
};

const text: CellContent = (row, context) => {
  const { contentLang } = context;
  const shown = shownText(row.text, contentLang);
  if (shown.text !== null) return [el('span', { class: 'text-cell', lang: contentLang, title: shown.text }, ...excerpt(shown.text, context))];
  const fallback = context.showFallback && shown.fallback ? [el('span', { class: 'text-cell__fallback', lang: shown.fallback.lang }, ' ', ...excerpt(shown.fallback.text, context))] : [];
  return [el('span', { class: 'text-cell' }, badge('warning', context.labels.missingVersion[contentLang]), ...fallback)];
};

const strength: CellContent = (row, context) => {
  const inherited = row.strengthInherited;
  const names = row.strengths.map((one) => context.vocabulary.strength(one)).join(', ');
  return [el('span', inherited ? { class: 'strength-cell strength-cell--inherited', title: context.labels.strengthFromParent } : { class: 'strength-cell' }, names)];
};

const themes: CellContent = (row, context) => {
  const shown = row.themeIds.flatMap((id) => context.themes.get(id) ?? []);
  const title = shown.map((theme) => themeLabel(theme, context.interfaceLang).text).join(' · ');
  return [el('span', { class: 'themes-cell', title }, ...shown.flatMap((theme, i) => (i > 0 ? [' · ', themeName(theme, context)] : [themeName(theme, context)])))];
};

/** What each column shows for a row. */
export const CELL_CONTENTS: Record<ColumnId, CellContent> = {
  ref,
  citation,
  text,
  strength,
  themes,
  // A year is a label, not a quantity: no thousands separator.
  year: (row) => [String(row.year)],
  body: (row, { vocabulary }) => [el('abbr', { title: vocabulary.body(row.body) }, vocabulary.bodyShort(row.body))],
  session: (row, { vocabulary }) => [vocabulary.session(row.body, row.meeting)],
};
