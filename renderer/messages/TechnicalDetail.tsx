import { useTranslation } from 'react-i18next';
import './technicalDetail.css';

/** A host's technical text (English), folded away for whoever must report the problem; the message above it is the delegate's. */
export function TechnicalDetail({ detail }: { detail: string | undefined }) {
  const { t } = useTranslation('messages');
  if (!detail) return null;
  return (
    <details className="technical-detail">
      <summary>{t('technicalDetail')}</summary>
      <code lang="en">{detail}</code>
    </details>
  );
}
