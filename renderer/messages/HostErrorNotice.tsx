import { useTranslation } from 'react-i18next';
import type { HostErrorInfo } from '../../shared/host/hostError';
import { HostErrorMessage } from './HostErrorMessage';
import { canRetry } from './hostErrorInfo';

/** A failed host call's message, with a retry where one can work. */
export function HostErrorNotice({ lead, error, onRetry }: { lead: string; error: HostErrorInfo; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert">
      <HostErrorMessage lead={lead} error={error} />
      {canRetry(error) && (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('messages:retry')}
        </button>
      )}
    </div>
  );
}
