import { memo, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompilationSelection } from '../../shared/export/compilationGroups';
import { themeParagraphIds } from '../../shared/query/themeParagraphIds';
import { useCatalog } from '../app/corpus/CatalogContext';
import { CompileToWordButton } from '../export/CompileToWordButton';
import { useFormatters } from '../i18n/useFormatters';
import { useInterfaceLang } from '../i18n/useInterfaceLang';
import { ThemeName } from './ThemeName';
import { filterThemeTree, themeTree, type ThemeNode } from './themeTree';
import '../styles/themes.css';

interface ThemeNavigatorProps {
  selected: readonly string[];
  onToggle(themeId: string): void;
  /** Rows a theme (with its sub-themes) shows with the other filters as they are. */
  countFor(themeId: string): number;
}

interface VisibleItem {
  node: ThemeNode;
  depth: number;
  parentId: string | null;
  position: number;
  siblings: number;
}

/**
 * The items shown, in order. The tree is drawn flat (aria-level, aria-posinset, aria-setsize)
 * rather than nested, so that each item's accessible name is its own line and not its sub-themes too.
 */
function flatten(nodes: readonly ThemeNode[], expanded: ReadonlySet<string>, depth = 1, parentId: string | null = null): VisibleItem[] {
  return nodes.flatMap((node, i) => [
    { node, depth, parentId, position: i + 1, siblings: nodes.length },
    ...(expanded.has(node.theme.id) ? flatten(node.children, expanded, depth + 1, node.theme.id) : []),
  ]);
}

/** Memoised: it renders again when the selection or the counts change, not at each key typed in the search box. */
export const ThemeNavigator = memo(function ThemeNavigator({ selected, onToggle, countFor }: ThemeNavigatorProps) {
  const { t } = useTranslation('themes');
  const { t: tExport } = useTranslation('export');
  const catalog = useCatalog();
  const lang = useInterfaceLang();
  const format = useFormatters();
  const baseId = useId();
  const [search, setSearch] = useState('');
  const [expandedByUser, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [focusedId, setFocusedId] = useState<string | null>(null);

  const tree = useMemo(() => themeTree(catalog.catalog.themes), [catalog]);
  const shown = useMemo(() => filterThemeTree(tree, search, lang), [tree, search, lang]);
  // While searching, every group on the way to a match is open.
  const expanded = useMemo(() => (search.trim() === '' ? expandedByUser : new Set(flatten(shown, new Set(catalog.themes.keys())).map((item) => item.node.theme.id))), [search, shown, expandedByUser, catalog]);
  const visible = useMemo(() => flatten(shown, expanded), [shown, expanded]);
  const tabStop = visible.some((item) => item.node.theme.id === focusedId) ? focusedId : (visible[0]?.node.theme.id ?? null);

  const itemDomId = (themeId: string) => `${baseId}-${themeId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const focusItem = (themeId: string) => {
    setFocusedId(themeId);
    document.getElementById(itemDomId(themeId))?.focus();
  };
  const setOpen = (themeId: string, open: boolean) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (open) next.add(themeId);
      else next.delete(themeId);
      return next;
    });

  // One theme compiles as itself (its sub-themes as headings); several as their paragraphs, under theme headings.
  const compilation: CompilationSelection | null =
    selected.length === 0 ? null : selected.length === 1 && selected[0] ? { themeId: selected[0] } : { paragraphIds: [...themeParagraphIds(catalog, selected)] };

  const onKeyDown = (event: KeyboardEvent) => {
    const at = visible.findIndex((item) => item.node.theme.id === tabStop);
    const item = visible[at];
    if (!item) return;
    const themeId = item.node.theme.id;
    const hasChildren = item.node.children.length > 0;
    const move = (to: number) => {
      const target = visible[Math.max(0, Math.min(visible.length - 1, to))];
      if (target) focusItem(target.node.theme.id);
    };
    switch (event.key) {
      case 'ArrowDown':
        move(at + 1);
        break;
      case 'ArrowUp':
        move(at - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(visible.length - 1);
        break;
      case 'ArrowRight':
        if (hasChildren && !expanded.has(themeId)) setOpen(themeId, true);
        else if (hasChildren) move(at + 1);
        break;
      case 'ArrowLeft':
        if (hasChildren && expanded.has(themeId)) setOpen(themeId, false);
        else if (item.parentId) focusItem(item.parentId);
        break;
      case 'Enter':
      case ' ':
        onToggle(themeId);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <section className="theme-navigator" aria-labelledby={`${baseId}-heading`}>
      <h2 id={`${baseId}-heading`} className="sidebar__heading">
        {t('heading')}
      </h2>
      {lang === 'en' && <p className="theme-navigator__note">{t(catalog.catalog.themes.some((theme) => !theme.englishLabelIsUnofficial) ? 'partlyOfficialNote' : 'unofficialNote')}</p>}
      <CompileToWordButton selection={compilation} unavailable={tExport('compile.noTheme')} defaultGroupBy="theme" className="button button--small export-compile-themes">
        {tExport('compile.themesButton', { count: Math.max(1, selected.length) })}
      </CompileToWordButton>
      <input type="search" className="input theme-navigator__search" placeholder={t('searchPlaceholder')} aria-label={t('searchLabel')} value={search} onChange={(event) => setSearch(event.currentTarget.value)} />
      {visible.length === 0 ? (
        <p className="muted">{t('noMatch')}</p>
      ) : (
        <ul role="tree" aria-labelledby={`${baseId}-heading`} aria-multiselectable="true" className="theme-tree" onKeyDown={onKeyDown}>
          {visible.map(({ node, depth, position, siblings }) => {
            const themeId = node.theme.id;
            const isSelected = selected.includes(themeId);
            const isOpen = expanded.has(themeId);
            return (
              <li
                key={themeId}
                id={itemDomId(themeId)}
                role="treeitem"
                aria-level={depth}
                aria-posinset={position}
                aria-setsize={siblings}
                aria-selected={isSelected}
                aria-expanded={node.children.length > 0 ? isOpen : undefined}
                tabIndex={themeId === tabStop ? 0 : -1}
                className={isSelected ? 'theme-tree__item is-selected' : 'theme-tree__item'}
                style={{ paddingInlineStart: `${(depth - 1) * 1}rem` }}
                onFocus={() => setFocusedId(themeId)}
                onClick={() => {
                  focusItem(themeId);
                  onToggle(themeId);
                }}
              >
                <span
                  className="theme-tree__twisty"
                  aria-hidden="true"
                  onClick={(event) => {
                    if (node.children.length === 0) return;
                    event.stopPropagation();
                    setOpen(themeId, !isOpen);
                  }}
                >
                  {node.children.length === 0 ? '' : isOpen ? '▾' : '▸'}
                </span>
                <span className="theme-tree__check" aria-hidden="true">
                  {isSelected ? '✓' : ''}
                </span>
                <span className="theme-tree__label">
                  <ThemeName theme={node.theme} />
                  <span className="theme-tree__count">{format.number(countFor(themeId))}</span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});
