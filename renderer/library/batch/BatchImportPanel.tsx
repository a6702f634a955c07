import { useTranslation } from 'react-i18next';
import type { BatchEntry } from '../../../shared/import/batch/batchImport';
import type { BatchState } from './useBatchImport';

/** The batch's progress (with Stop), then its summary: what was imported, what was skipped and why. */
export function BatchImportPanel({ state, onStop }: { state: Exclude<BatchState, { kind: 'idle' }>; onStop: () => void }) {
  const { t } = useTranslation('library');
  if (state.kind === 'running') {
    return (
      <div className="library-progress" role="status">
        <p>{t('batch.progress', { name: state.name, current: state.current, total: state.total })}</p>
        <progress max={state.total} value={state.current - 1} aria-label={t('batch.progressLabel')} />
        <button type="button" className="button" onClick={onStop}>
          {t('batch.cancel')}
        </button>
      </div>
    );
  }
  const imported = state.entries.filter((entry) => entry.status === 'imported').length;
  return (
    <section className="library-batch" aria-label={t('batch.summary', { imported, skipped: state.entries.length - imported })}>
      <p role="status">
        {t('batch.summary', { imported, skipped: state.entries.length - imported })}
        {state.notReached > 0 && ` ${t('batch.stopped', { count: state.notReached })}`}
      </p>
      {state.failure && <p role="alert">{t('batch.failed', { message: state.failure })}</p>}
      <ul className="library-batch__entries">
        {state.entries.map((entry, position) => (
          <li key={position}>
            <strong>{entry.status === 'skipped' ? t('batch.skipped') : t('batch.imported')}</strong> {describe(t, entry)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function describe(t: ReturnType<typeof useTranslation<'library'>>['t'], entry: BatchEntry): string {
  if (entry.status !== 'skipped') return `${entry.file}: ${entry.detected.symbol ?? entry.detected.title}`;
  return t(`errors.${entry.reason}` as 'errors.empty', { name: entry.file, reason: '', ...entry.detail });
}
