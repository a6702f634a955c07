import { Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../app/corpus/CatalogContext';
import { useParagraphCache } from '../app/corpus/ParagraphsContext';
import { useDraftBridge } from '../app/draftBridge';
import { useSetting } from '../app/settings/SettingsContext';
import { getDeskHost } from '../host';
import { SidePane } from '../layout/SidePane';
import { ThemeNavigator } from '../themes/ThemeNavigator';
import { CONTENT_LANGUAGE_KEY, parseContentLanguage } from './contentLanguage';
import { LibraryCoverage } from './coverage/LibraryCoverage';
import { PrecedentDetail } from './detail/PrecedentDetail';
import { HostErrorBoundary } from '../messages/HostErrorBoundary';
import { FacetPanel } from './filters/FacetPanel';
import { useFirstRowsShown } from './firstRowsShown';
import { usePrecedentFilters } from './filters/usePrecedentFilters';
import { useOpenPrecedentHandler } from './PrecedentOpener';
import { PrecedentViewContext } from './PrecedentViewContext';
import { ResultsToolbar } from './ResultsToolbar';
import { usePrecedentPages } from './results/usePrecedentPages';
import { useResultCounts } from './results/useResultCounts';
import { PrecedentGrid } from './table/PrecedentGrid';
import { usePrecedentTable } from './table/usePrecedentTable';
import { useRowSelection } from './table/useRowSelection';
import { Splitter } from '../ui/Splitter';
import { useCommand } from '../keyboard/CommandsContext';
import '../styles/browser.css';

const DETAIL_SHARE_KEY = 'precedents.detailShare';

/** Percent of the results column given to the detail. */
function parseDetailShare(raw: unknown): number {
  return typeof raw === 'number' && raw >= 15 && raw <= 80 ? raw : 40;
}

export function PrecedentBrowser() {
  const { t } = useTranslation('precedents');
  const catalog = useCatalog();
  const paragraphs = useParagraphCache();
  const bridge = useDraftBridge();
  const [filters, actions] = usePrecedentFilters();
  const [contentLang] = useSetting(CONTENT_LANGUAGE_KEY, parseContentLanguage);
  const [showFallback, setShowFallback] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [detailShare, setDetailShare] = useSetting(DETAIL_SHARE_KEY, parseDetailShare);

  const { table, sort } = usePrecedentTable();
  // The host filters, searches and sorts; the window holds the pages it shows. A new catalog
  // (after an import) asks again.
  const query = useMemo(() => ({ filters, lang: contentLang, sort }), [filters, contentLang, sort]);
  const pages = usePrecedentPages(getDeskHost(), query, catalog);
  const search = (text: string) => {
    pages.askAhead({ ...query, filters: { ...filters, query: text } });
    actions.set('query', text);
  };
  const selection = useRowSelection(pages.order);
  // Highlights follow the rows shown, not the keys typed since.
  const view = useMemo(() => ({ contentLang, query: pages.searched, showFallback }), [contentLang, pages.searched, showFallback]);

  // Asked from elsewhere (the precedent check): the detail opens even when filters hide the row.
  const [reveal, setReveal] = useState<{ id: string } | null>(null);
  useOpenPrecedentHandler((id) => {
    if (pages.order.positionOf(id) >= 0) {
      selection.select(id, 'replace');
      setReveal({ id });
    }
    setOpenId(id);
  });

  const insertSelection = () => {
    if (bridge && selection.selectedIds.length > 0) bridge.insertPrecedents(selection.selectedIds);
  };
  useCommand('precedents.insert', bridge ? insertSelection : null);
  // Down from the search box goes into the results, as in a search field with suggestions.
  const [results, setResults] = useState<HTMLElement | null>(null);
  const enterResults = () => results?.querySelector<HTMLElement>('[role="grid"]')?.focus();
  // The sidebar's tree and facets render after the first rows rather than holding them back, and
  // show a result's counts once its rows held still a moment.
  const sidebarShown = useFirstRowsShown();
  const { counts: sidebarCounts, current: countsCurrent } = useResultCounts(getDeskHost(), pages.shownQuery, catalog);
  const themeCount = useCallback((id: string) => sidebarCounts?.themes[id] ?? 0, [sidebarCounts]);
  const toggleTheme = useCallback((id: string) => actions.toggle('themeIds', id), [actions]);
  const { bodies, sessions, yearFrom, yearTo, strengths, addressees } = filters;
  const facetFilters = useMemo(() => ({ bodies, sessions, yearFrom, yearTo, strengths, addressees }), [bodies, sessions, yearFrom, yearTo, strengths, addressees]);

  return (
    <PrecedentViewContext value={view}>
      <div className="browser">
        <SidePane pane="themes" name={t('sidebar.label')} landmark>
          {/* Busy while its counts are still the previous result's. */}
          <div className="browser__sidebar" aria-busy={!countsCurrent}>
            {sidebarShown && (
              <>
                <LibraryCoverage />
                <ThemeNavigator selected={filters.themeIds} onToggle={toggleTheme} countFor={themeCount} />
                <FacetPanel filters={facetFilters} actions={actions} counts={sidebarCounts} />
              </>
            )}
          </div>
        </SidePane>
        <section className="browser__results" aria-label={t('results.heading')} data-pane="precedents" tabIndex={-1} ref={setResults}>
          <ResultsToolbar
            filters={filters}
            actions={actions}
            onSearch={search}
            resultCount={pages.total ?? 0}
            selectedIds={selection.selectedIds}
            table={table}
            showFallback={showFallback}
            onShowFallbackChange={setShowFallback}
            onEnterResults={enterResults}
          />
          <PrecedentGrid table={table} pages={pages} selection={selection} label={t('results.gridLabel')} onOpen={setOpenId} reveal={reveal} />
          {openId && <Splitter label={t('detail.resize')} orientation="horizontal" sizes="after" unit="%" value={detailShare} min={15} max={80} onChange={setDetailShare} />}
          <section className="browser__detail" aria-label={t('detail.regionLabel')} data-pane={openId ? 'detail' : undefined} style={openId ? { flexBasis: `${detailShare}%` } : undefined}>
            {openId ? (
              <HostErrorBoundary key={openId} lead={t('detail.failed')} onRetry={() => paragraphs.forgetFailures()}>
                <Suspense fallback={<p className="muted">{t('detail.loading')}</p>}>
                  <PrecedentDetail paragraphId={openId} onOpen={setOpenId} />
                </Suspense>
              </HostErrorBoundary>
            ) : (
              <p className="muted">{t('detail.placeholder')}</p>
            )}
          </section>
        </section>
      </div>
    </PrecedentViewContext>
  );
}
