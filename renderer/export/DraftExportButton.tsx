import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { declarationOf } from '../keyboard/commandCatalog';
import { useCommand } from '../keyboard/CommandsContext';
import { ariaKeyShortcuts, isMac } from '../keyboard/shortcut';
import { DraftExportDialog } from './DraftExportDialog';

/** "Export to Word" for the open draft: the button, its keyboard shortcut, and what the last export did. */
export function DraftExportButton() {
  const { t } = useTranslation('export');
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState('');

  useCommand('draft.export', () => setOpen(true));

  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" aria-keyshortcuts={ariaKeyShortcuts(declarationOf('draft.export').shortcuts, isMac())} title={t('draft.shortcut')} onClick={() => setOpen(true)}>
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
