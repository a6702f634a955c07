import { useTranslation } from 'react-i18next';
import type { ReadProgress } from './readPickedFiles';

export function ImportProgress({ progress, onCancel }: { progress: ReadProgress; onCancel: () => void }) {
  const { t } = useTranslation('library');
  const percent = Math.round(progress.fraction * 100);
  return (
    <div className="library-progress" role="status">
      <p>{t('import.reading', { name: progress.name, current: progress.current, total: progress.total })}</p>
      <progress max={100} value={percent} aria-label={t('import.progressLabel')}>
        {percent} %
      </progress>
      <button type="button" className="button" onClick={onCancel}>
        {t('import.cancel')}
      </button>
    </div>
  );
}
