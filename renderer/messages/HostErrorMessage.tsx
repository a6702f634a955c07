import { useTranslation } from 'react-i18next';
import type { HostErrorInfo } from '../../shared/host/hostError';
import { hostErrorText } from './hostErrorText';
import { TechnicalDetail } from './TechnicalDetail';

/** What failed (`lead`, worded by the caller) and why, in the interface language, the technical detail apart. */
export function HostErrorMessage({ lead, error }: { lead: string; error: HostErrorInfo }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        {lead} {hostErrorText(t, error)}
      </p>
      <TechnicalDetail detail={error.detail} />
    </>
  );
}
