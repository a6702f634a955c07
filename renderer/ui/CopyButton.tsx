import { useTranslation } from 'react-i18next';
import { useClipboard } from '../hooks/useClipboard';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const { copied, failed, copy } = useClipboard();
  return (
    <button type="button" className="button button--small" onClick={() => copy(text)} aria-label={label}>
      <span aria-live="polite">{copied ? t('ui.copied') : failed ? t('ui.copyFailed') : t('ui.copy')}</span>
    </button>
  );
}
