import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskHost } from '../shared/host/DeskHost';
import { CorpusLoader } from './app/corpus/CorpusLoader';
import { CheckEditorPlugins } from './check/CheckEditorPlugins';
import { CheckProvider } from './check/CheckProvider';
import { DraftCheckActions } from './check/DraftCheckActions';
import { DraftPane } from './drafts/DraftPane';
import { DraftProvider } from './drafts/DraftProvider';
import { DraftExportButton } from './export/DraftExportButton';
import { LanguageSwitcher } from './i18n/LanguageSwitcher';
import { LibraryButton } from './library/LibraryButton';
import { PrecedentBrowser } from './precedents/PrecedentBrowser';
import './styles/app.css';

export function App({ host }: { host: DeskHost }) {
  const { t } = useTranslation();
  const [headerTools, setHeaderTools] = useState<HTMLDivElement | null>(null);
  return (
    <div className="app">
      <a href="#precedent-search" className="skip-link">
        {t('app.skipToSearch')}
      </a>
      <header className="app__header">
        <h1 className="app__title">{t('app.title')}</h1>
        <div className="app__tools" ref={setHeaderTools} />
        <LanguageSwitcher />
      </header>
      <CorpusLoader host={host}>
        <LibraryButton host={host} container={headerTools} />
        <DraftProvider>
          <CheckProvider toolsContainer={headerTools}>
            <div className="app__workspace">
              <main className="app__main">
                <PrecedentBrowser />
              </main>
              <aside className="app__draft" aria-label={t('app.draftRegion')}>
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
              </aside>
            </div>
          </CheckProvider>
        </DraftProvider>
      </CorpusLoader>
    </div>
  );
}
