import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { indexCorpus, type CorpusIndex } from '../../../shared/corpus/corpusIndex';
import type { DeskHost } from '../../../shared/host/DeskHost';
import { CorpusContext } from './CorpusContext';
import { CorpusReloadContext } from './CorpusReloadContext';
import '../../styles/corpusLoader.css';

type LoadState = { status: 'loading' } | { status: 'ready'; index: CorpusIndex } | { status: 'failed'; message: string };

export function CorpusLoader({ host, children }: { host: Pick<DeskHost, 'loadCorpus'>; children: ReactNode }) {
  const { t } = useTranslation();
  const [state, setState] = useState<LoadState>({ status: 'loading' });

  const load = useCallback(() => {
    setState({ status: 'loading' });
    host.loadCorpus().then(
      (corpus) => setState({ status: 'ready', index: indexCorpus(corpus) }),
      (error: unknown) => setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
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
        <p>{t('corpus.failed', { message: state.message })}</p>
        <button type="button" onClick={load}>
          {t('corpus.retry')}
        </button>
      </div>
    );
  }
  return (
    <CorpusContext value={state.index}>
      <CorpusReloadContext value={reload}>{children}</CorpusReloadContext>
    </CorpusContext>
  );
}
