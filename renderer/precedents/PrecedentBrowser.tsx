import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCorpus } from '../app/corpus/CorpusContext';
import { useDraftBridge } from '../app/draftBridge';
import { useSetting } from '../app/settings/SettingsContext';
import { SidePane } from '../layout/SidePane';
import { ThemeNavigator } from '../themes/ThemeNavigator';
import { CONTENT_LANGUAGE_KEY, parseContentLanguage } from './contentLanguage';
import { LibraryCoverage } from './coverage/LibraryCoverage';
import { PrecedentDetail } from './detail/PrecedentDetail';
import { FacetPanel } from './filters/FacetPanel';
import { filterParagraphIds, NO_FILTERS } from './filters/precedentFilters';
import { usePrecedentFilters } from './filters/usePrecedentFilters';
import { citationsFor } from './model/citationsFor';
import { displayOrder } from './model/displayOrder';
import { buildPrecedentRows } from './model/precedentRows';
import { useOpenPrecedentHandler } from './PrecedentOpener';
import { PrecedentViewContext } from './PrecedentViewContext';
import { ResultsToolbar } from './ResultsToolbar';
import { useSearchHits } from './search/useSearchHits';
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
  const index = useCorpus();
  const bridge = useDraftBridge();
  const [filters, actions] = usePrecedentFilters();
  const [contentLang] = useSetting(CONTENT_LANGUAGE_KEY, parseContentLanguage);
  const [showFallback, setShowFallback] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [detailShare, setDetailShare] = useSetting(DETAIL_SHARE_KEY, parseDetailShare);

  // Typing stays fluid: the table catches up with the filters when React has time.
  const shownFilters = useDeferredValue(filters);
  const query = shownFilters.query;
  const order = useMemo(() => displayOrder(index), [index]);
  const citations = useMemo(() => citationsFor(index), [index]);
  const themeCounts = useMemo(() => new Map(index.corpus.themes.map((theme) => [theme.id, filterParagraphIds(index, { ...NO_FILTERS, themeIds: [theme.id] }, null).size])), [index]);
  const hits = useSearchHits(index, query, contentLang);
  const rows = useMemo(() => buildPrecedentRows(index, filterParagraphIds(index, shownFilters, hits), order), [index, shownFilters, hits, order]);

  const table = usePrecedentTable(rows);
  const rowModel = table.getRowModel();
  const rowIds = useMemo(() => rowModel.rows.map((row) => row.id), [rowModel]);
  const selection = useRowSelection(rowIds);
  const view = useMemo(() => ({ citations, contentLang, query, showFallback }), [citations, contentLang, query, showFallback]);

  // Asked from elsewhere (the precedent check): the detail opens even when filters hide the row.
  const [reveal, setReveal] = useState<{ id: string } | null>(null);
  useOpenPrecedentHandler((id) => {
    if (rowIds.includes(id)) {
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

  return (
    <PrecedentViewContext value={view}>
      <div className="browser">
        <SidePane pane="themes" name={t('sidebar.label')} landmark>
          <div className="browser__sidebar">
            <LibraryCoverage />
            <ThemeNavigator selected={filters.themeIds} onToggle={(id) => actions.toggle('themeIds', id)} countFor={(id) => themeCounts.get(id) ?? 0} />
            <FacetPanel filters={filters} actions={actions} />
          </div>
        </SidePane>
        <section className="browser__results" aria-label={t('results.heading')} data-pane="precedents" tabIndex={-1} ref={setResults}>
          <ResultsToolbar
            filters={filters}
            actions={actions}
            resultCount={rowIds.length}
            selectedIds={selection.selectedIds}
            table={table}
            showFallback={showFallback}
            onShowFallbackChange={setShowFallback}
            onEnterResults={enterResults}
          />
          <PrecedentGrid table={table} selection={selection} label={t('results.gridLabel')} onOpen={setOpenId} reveal={reveal} />
          {openId && <Splitter label={t('detail.resize')} orientation="horizontal" sizes="after" unit="%" value={detailShare} min={15} max={80} onChange={setDetailShare} />}
          <section className="browser__detail" aria-label={t('detail.regionLabel')} data-pane={openId ? 'detail' : undefined} style={openId ? { flexBasis: `${detailShare}%` } : undefined}>
            {openId ? <PrecedentDetail key={openId} paragraphId={openId} onOpen={setOpenId} /> : <p className="muted">{t('detail.placeholder')}</p>}
          </section>
        </section>
      </div>
    </PrecedentViewContext>
  );
}
