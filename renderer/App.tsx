import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrecedentCatalog } from '../shared/query/PrecedentCatalog';
import type { DeskHost } from '../shared/host/DeskHost';
import { CorpusLoader } from './app/corpus/CorpusLoader';
import { CheckProvider } from './check/CheckProvider';
import { DraftCheckActions } from './check/DraftCheckActions';
import './drafts/draftPaneStyles';
import { DraftProvider } from './drafts/DraftProvider';
import { DraftExportButton } from './export/DraftExportButton';
import { LanguageSwitcher } from './i18n/LanguageSwitcher';
import { CommandPaletteButton } from './keyboard/CommandPaletteButton';
import { CommandsProvider } from './keyboard/CommandsProvider';
import { PaneLayoutProvider } from './layout/PaneLayoutContext';
import { SidePane } from './layout/SidePane';
import { LibraryButton } from './library/LibraryButton';
import { firstRowsShown } from './precedents/firstRowsShown';
import { PrecedentBrowser } from './precedents/PrecedentBrowser';
import './styles/app.css';

// The draft's editor and its check plugins are loaded once the first precedents are painted: the
// editor's code, run any earlier, would hold them back.
const DraftPane = lazy(() => firstRowsShown.then(() => import('./drafts/DraftPane')).then((module) => ({ default: module.DraftPane })));
const CheckEditorPlugins = lazy(() => firstRowsShown.then(() => import('./check/CheckEditorPlugins')).then((module) => ({ default: module.CheckEditorPlugins })));

export function App({ host, catalogRequest, catalog }: { host: DeskHost; catalogRequest: Promise<PrecedentCatalog>; catalog?: PrecedentCatalog }) {
  const { t } = useTranslation();
  const [headerTools, setHeaderTools] = useState<HTMLDivElement | null>(null);
  return (
    <CommandsProvider>
      <div className="app">
        <a href="#precedent-search" className="skip-link">
          {t('app.skipToSearch')}
        </a>
        <header className="app__header">
          <h1 className="app__title">{t('app.title')}</h1>
          <div className="app__tools" ref={setHeaderTools} />
          <CommandPaletteButton />
          <LanguageSwitcher />
        </header>
        <CorpusLoader host={host} firstRequest={catalogRequest} firstCatalog={catalog}>
          <LibraryButton host={host} container={headerTools} />
          <DraftProvider>
            <PaneLayoutProvider>
              <CheckProvider toolsContainer={headerTools}>
                <div className="app__workspace">
                  <main className="app__main">
                    <PrecedentBrowser />
                  </main>
                  <SidePane pane="draft" name={t('app.draftRegion')} landmark>
                    <Suspense fallback={<p className="muted">{t('corpus.loading')}</p>}>
                      <DraftPane
                        actions={
                          <>
                            <DraftExportButton />
                            <DraftCheckActions />
                          </>
                        }
                        editorPlugins={<CheckEditorPlugins />}
                      />
                    </Suspense>
                  </SidePane>
                </div>
              </CheckProvider>
            </PaneLayoutProvider>
          </DraftProvider>
        </CorpusLoader>
      </div>
    </CommandsProvider>
  );
}
