import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { indexCorpus, type CorpusIndex } from '../../../shared/corpus/corpusIndex';
import type { DeskHost } from '../../../shared/host/DeskHost';
import type { HostErrorInfo } from '../../../shared/host/hostError';
import type { PrecedentCatalog } from '../../../shared/query/PrecedentCatalog';
import { HostErrorMessage } from '../../messages/HostErrorMessage';
import { canRetry, toHostErrorInfo } from '../../messages/hostErrorInfo';
import { CatalogContext, windowCatalog, type WindowCatalog } from './CatalogContext';
import { CorpusContext } from './CorpusContext';
import { CorpusReloadContext } from './CorpusReloadContext';
import { LibraryNotices } from './LibraryNotices';
import { ParagraphCache } from './ParagraphCache';
import { ParagraphsContext } from './ParagraphsContext';
import '../../styles/corpusLoader.css';

type LoadState = { status: 'loading' } | { status: 'ready'; catalog: WindowCatalog; paragraphs: ParagraphCache } | { status: 'failed'; error: HostErrorInfo };

interface Props {
  host: Pick<DeskHost, 'getCatalog' | 'loadCorpus' | 'paragraphsWithFamily'>;
  /** A request already sent (at start-up, while the settings and translations load); it serves the first load, a retry asks again. */
  firstRequest?: Promise<PrecedentCatalog>;
  children: ReactNode;
}

/**
 * Waits for the catalog only (documents, themes: small), so the first rows come from the host at
 * once; the whole corpus is asked for next, in the background, for the features still reading it.
 */
export function CorpusLoader({ host, firstRequest, children }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [corpus, setCorpus] = useState<Promise<CorpusIndex> | null>(null);
  const pendingRequest = useRef(firstRequest);

  const load = useCallback(() => {
    setState({ status: 'loading' });
    const request = pendingRequest.current ?? host.getCatalog();
    pendingRequest.current = undefined;
    request.then(
      (catalog) => setState(ready(host, catalog)),
      (error: unknown) => setState({ status: 'failed', error: toHostErrorInfo(error) }),
    );
  }, [host]);

  useEffect(load, [load]);
  // After the children's first effects, so the first page of rows is asked for before the corpus.
  useEffect(() => {
    if (state.status === 'ready' && corpus === null) setCorpus(loadIndexedCorpus(host));
  }, [state, corpus, host]);

  const reload = useCallback(async () => {
    const catalog = await host.getCatalog();
    const next = loadIndexedCorpus(host);
    await next;
    setState(ready(host, catalog));
    setCorpus(next);
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
        <CorpusContext value={corpus ?? NEVER}>
          <CorpusReloadContext value={reload}>{children}</CorpusReloadContext>
        </CorpusContext>
      </ParagraphsContext>
    </CatalogContext>
  );
}

/** A new library, a new cache: paragraphs held from before may have changed. */
function ready(host: Pick<DeskHost, 'paragraphsWithFamily'>, catalog: PrecedentCatalog): LoadState {
  return { status: 'ready', catalog: windowCatalog(catalog), paragraphs: new ParagraphCache(host, catalog) };
}

// Until the corpus is asked for, readers wait (suspend) as they do while it loads.
const NEVER = new Promise<CorpusIndex>(() => {});

function loadIndexedCorpus(host: Pick<DeskHost, 'loadCorpus'>): Promise<CorpusIndex> {
  return host.loadCorpus().then(indexCorpus);
}
