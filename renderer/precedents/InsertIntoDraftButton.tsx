import { useTranslation } from 'react-i18next';
import { useDraftBridge } from '../app/draftBridge';

/**
 * Stays focusable when it cannot act (aria-disabled rather than disabled), so keyboard and
 * screen-reader users can still reach it and hear why.
 */
export function InsertIntoDraftButton({ ids, shortcutHint = false }: { ids: readonly string[]; shortcutHint?: boolean }) {
  const { t } = useTranslation('precedents');
  const bridge = useDraftBridge();
  const reason = !bridge ? t('insert.noDraft') : ids.length === 0 ? t('insert.nothingSelected') : null;
  return (
    <button
      type="button"
      className="button button--primary"
      aria-disabled={reason !== null}
      title={reason ?? (shortcutHint ? t('insert.shortcut') : undefined)}
      aria-keyshortcuts={shortcutHint ? 'Control+Enter' : undefined}
      onClick={() => {
        if (bridge && ids.length > 0) bridge.insertPrecedents([...ids]);
      }}
    >
      {t('insert.button', { count: ids.length })}
      {reason && <span className="visually-hidden"> ({reason})</span>}
    </button>
  );
}
