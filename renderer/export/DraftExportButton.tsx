import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftExportDialog } from './DraftExportDialog';
import { EXPORT_SHORTCUT_ARIA, isExportShortcut } from './exportShortcut';

/** "Export to Word" for the open draft: the button, its keyboard shortcut, and what the last export did. */
export function DraftExportButton() {
  const { t } = useTranslation('export');
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Not on top of another dialog (the library): one modal at a time.
      if (!isExportShortcut(event) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" aria-keyshortcuts={EXPORT_SHORTCUT_ARIA} title={t('draft.shortcut')} onClick={() => setOpen(true)}>
        {t('draft.button')}
      </button>
      <span className="export-result" role="status">
        {saved && t('result.saved', { location: saved })}
      </span>
      {open && (
        <Suspense fallback={null}>
          <DraftExportDialog
            onSaved={(location) => {
              setSaved(location);
              setOpen(false);
            }}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
