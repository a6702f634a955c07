import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskHost } from '../../../shared/host/DeskHost';
import type { HostErrorInfo } from '../../../shared/host/hostError';
import type { PrecedentCatalog } from '../../../shared/query/PrecedentCatalog';
import { HostErrorMessage } from '../../messages/HostErrorMessage';
import { canRetry, toHostErrorInfo } from '../../messages/hostErrorInfo';
import { CatalogContext, windowCatalog, type WindowCatalog } from './CatalogContext';
import { CorpusReloadContext } from './CorpusReloadContext';
import { LibraryNotices } from './LibraryNotices';
import { ParagraphCache } from './ParagraphCache';
import { ParagraphsContext } from './ParagraphsContext';
import '../../styles/corpusLoader.css';

type LoadState = { status: 'loading' } | { status: 'ready'; catalog: WindowCatalog; paragraphs: ParagraphCache } | { status: 'failed'; error: HostErrorInfo };

interface Props {
  host: Pick<DeskHost, 'getCatalog' | 'paragraphsWithFamily'>;
  /** A request already sent (at start-up, while the settings and translations load); it serves the first load, a retry asks again. */
  firstRequest?: Promise<PrecedentCatalog>;
  /** The first request's answer, when it came before the window rendered: the first render shows the corpus, with no loading line painted before it. */
  firstCatalog?: PrecedentCatalog;
  children: ReactNode;
}

/**
 * Waits for the catalog only (documents, themes: small), so the first rows come from the host at
 * once. The window never holds the whole corpus: paragraphs come by id, into a ParagraphCache.
 */
export function CorpusLoader({ host, firstRequest, firstCatalog, children }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<LoadState>(() => (firstCatalog ? ready(host, firstCatalog) : { status: 'loading' }));
  const pendingRequest = useRef(firstCatalog ? undefined : firstRequest);
  const loadedBeforeMount = useRef(firstCatalog !== undefined);

  const load = useCallback(() => {
    setState({ status: 'loading' });
    const request = pendingRequest.current ?? host.getCatalog();
    pendingRequest.current = undefined;
    request.then(
      (catalog) => setState(ready(host, catalog)),
      (error: unknown) => setState({ status: 'failed', error: toHostErrorInfo(error) }),
    );
  }, [host]);

  useEffect(() => {
    if (loadedBeforeMount.current) loadedBeforeMount.current = false;
    else load();
  }, [load]);
  const reload = useCallback(async () => {
    setState(ready(host, await host.getCatalog()));
  }, [host]);

  if (state.status === 'loading') {
    return (
      <p className="corpus-loader" role="status">
        {t('corpus.loading')}
      </p>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="corpus-loader" role="alert">
        <HostErrorMessage lead={t('corpus.failed')} error={state.error} />
        {/* Only where trying again can work: a wrong access key or missing texts stay as they are. */}
        {canRetry(state.error) && (
          <button type="button" onClick={load}>
            {t('messages:retry')}
          </button>
        )}
      </div>
    );
  }
  return (
    <CatalogContext value={state.catalog}>
      <LibraryNotices notices={state.catalog.catalog.notices} />
      <ParagraphsContext value={state.paragraphs}>
        <CorpusReloadContext value={reload}>{children}</CorpusReloadContext>
      </ParagraphsContext>
    </CatalogContext>
  );
}

/** A new library, a new cache: paragraphs held from before may have changed. */
function ready(host: Pick<DeskHost, 'paragraphsWithFamily'>, catalog: PrecedentCatalog): LoadState {
  return { status: 'ready', catalog: windowCatalog(catalog), paragraphs: new ParagraphCache(host, catalog) };
}
