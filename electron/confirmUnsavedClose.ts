import { app, type BrowserWindow, dialog } from 'electron';

const TEXTS = {
  fr: {
    message: 'Une partie de votre texte n’est pas encore enregistrée.',
    detail: 'Si vous fermez maintenant, ce qui n’est pas enregistré sera perdu.',
    buttons: ['Rester', 'Fermer quand même'],
  },
  en: {
    message: 'Some of your text is not saved yet.',
    detail: 'If you close now, what is not saved will be lost.',
    buttons: ['Stay', 'Close anyway'],
  },
};

/**
 * The page cancels its unload while typed words are not on disk (renderer/drafts/useDraftSession).
 * A browser then asks the user itself; Electron only cancels, silently, so the window asks here.
 */
export function confirmUnsavedClose(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const texts = app.getLocale().toLowerCase().startsWith('fr') ? TEXTS.fr : TEXTS.en;
    const choice = dialog.showMessageBoxSync(window, { type: 'warning', ...texts, defaultId: 0, cancelId: 0, noLink: true });
    // Preventing this event lets the unload go ahead.
    if (choice === 1) event.preventDefault();
  });
}
