import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { indexCorpus, type CorpusIndex } from '../../../shared/corpus/corpusIndex';
import type { Corpus } from '../../../shared/corpus/model';
import type { DeskHost } from '../../../shared/host/DeskHost';
import type { HostErrorInfo } from '../../../shared/host/hostError';
import { HostErrorMessage } from '../../messages/HostErrorMessage';
import { canRetry, toHostErrorInfo } from '../../messages/hostErrorInfo';
import { CorpusContext } from './CorpusContext';
import { CorpusReloadContext } from './CorpusReloadContext';
import '../../styles/corpusLoader.css';

type LoadState = { status: 'loading' } | { status: 'ready'; index: CorpusIndex } | { status: 'failed'; error: HostErrorInfo };

interface Props {
  host: Pick<DeskHost, 'loadCorpus'>;
  /** A request already sent (at start-up, while the settings and translations load); it serves the first load, a retry asks again. */
  firstRequest?: Promise<Corpus>;
  children: ReactNode;
}

export function CorpusLoader({ host, firstRequest, children }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const pendingRequest = useRef(firstRequest);

  const load = useCallback(() => {
    setState({ status: 'loading' });
    const request = pendingRequest.current ?? host.loadCorpus();
    pendingRequest.current = undefined;
    request.then(
      (corpus) => setState({ status: 'ready', index: indexCorpus(corpus) }),
      (error: unknown) => setState({ status: 'failed', error: toHostErrorInfo(error) }),
    );
  }, [host]);

  useEffect(load, [load]);

  const reload = useCallback(async () => {
    const corpus = await host.loadCorpus();
    setState({ status: 'ready', index: indexCorpus(corpus) });
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
    <CorpusContext value={state.index}>
      <CorpusReloadContext value={reload}>{children}</CorpusReloadContext>
    </CorpusContext>
  );
}
