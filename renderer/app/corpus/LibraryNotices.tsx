import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogNotice } from '../../../shared/query/PrecedentCatalog';

/** What the host has to tell about the library (its index rebuilt), until the user closes it. */
export function LibraryNotices({ notices }: { notices: readonly CatalogNotice[] }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  if (notices.length === 0 || dismissed) return null;
  return (
    <div className="corpus-notice" role="status">
      {notices.map((notice) => (
        <p key={notice}>{t(`corpus.notice.${notice}`)}</p>
      ))}
      <button type="button" className="button button--small" onClick={() => setDismissed(true)}>
        {t('corpus.notice.dismiss')}
      </button>
    </div>
  );
}
