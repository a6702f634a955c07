import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { tabStops } from './tabStops';
import { TechnicalDetail } from '../messages/TechnicalDetail';
import './export.css';

export interface DialogMessage {
  /** `alert` for a failure, `status` for everything else. */
  role: 'status' | 'alert';
  text: string;
  /** The host's technical detail of a failure, folded away. */
  detail?: string;
}

interface Props {
  title: string;
  /** While the file is built and saved: the buttons wait and Escape does not close. */
  busy: boolean;
  message: DialogMessage | null;
  onSubmit(): void;
  onClose(): void;
  children: ReactNode;
}

/**
 * A modal dialog (the native <dialog>, so the rest of the window is inert and Escape closes it),
 * named by its title. Tab and Shift+Tab go round inside it, and on closing the focus goes back to
 * what had it before (the button, or the editor when the keyboard shortcut opened it).
 */
export function ExportDialogFrame({ title, busy, message, onSubmit, onClose, children }: Props) {
  const { t } = useTranslation('export');
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  // Read during the first render, before showModal moves the focus into the dialog.
  const opener = useRef(document.activeElement instanceof HTMLElement ? document.activeElement : null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    const returnTo = opener.current;
    return () => {
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !dialog.current) return;
    const stops = tabStops(dialog.current);
    const first = stops[0];
    const last = stops.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  // In the body, so the styles of wherever the button sits (a header's labels, a list) do not reach the dialog.
  return createPortal(
    <dialog
      ref={dialog}
      className="export-dialog"
      aria-labelledby={titleId}
      aria-busy={busy}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // Escape while the host writes the file would lose what it answers.
        if (busy) event.preventDefault();
      }}
      onClose={onClose}
    >
      <form
        className="export-dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) onSubmit();
        }}
      >
        <h2 id={titleId} className="export-dialog__title">
          {title}
        </h2>
        <div className="export-dialog__body">{children}</div>
        {/* The status region is always there, so what it comes to say is announced; an alert is announced as it appears. */}
        <p className="export-dialog__status" role="status">
          {busy ? t('dialog.building') : message?.role === 'status' ? message.text : ''}
        </p>
        {!busy && message?.role === 'alert' && (
          <div className="export-dialog__error" role="alert">
            <p>{message.text}</p>
            <TechnicalDetail detail={message.detail} />
          </div>
        )}
        <div className="export-dialog__buttons">
          <button type="button" className="button" disabled={busy} onClick={() => dialog.current?.close()}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button button--primary" aria-disabled={busy}>
            {t('dialog.export')}
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
