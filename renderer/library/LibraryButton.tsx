import { Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { DeskHost } from '../../shared/host/DeskHost';
import { LibraryDialog } from './LibraryDialog';
import { useCommand } from '../keyboard/CommandsContext';

/**
 * The header's "Library" button. It is rendered below the corpus loader (the dialog needs the
 * corpus) and placed into the header's tool slot through a portal.
 */
export function LibraryButton({ host, container }: { host: DeskHost; container: HTMLElement | null }) {
  const { t } = useTranslation('library');
  const [open, setOpen] = useState(false);
  useCommand('library.open', () => setOpen(true));
  return (
    <>
      {container &&
        createPortal(
          <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
            {t('open')}
          </button>,
          container,
        )}
      {open && (
        <Suspense fallback={null}>
          <LibraryDialog host={host} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
