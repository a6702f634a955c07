import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { declarationOf } from './commandCatalog';
import { CommandsContext } from './CommandsContext';
import { ariaKeyShortcuts, isMac, shortcutLabel } from './shortcut';

/** The header's way into the palette, its key shown on it: what makes the shortcuts findable at all. */
export function CommandPaletteButton() {
  const { t } = useTranslation('keyboard');
  const registry = useContext(CommandsContext);
  const { shortcuts } = declarationOf('palette.open');
  const mac = isMac();
  return (
    <button type="button" className="button command-palette-button" aria-haspopup="dialog" aria-keyshortcuts={ariaKeyShortcuts(shortcuts, mac)} onClick={() => registry?.run('palette.open')}>
      {t('palette.button')} <kbd>{shortcutLabel(shortcuts[0]!, mac)}</kbd>
    </button>
  );
}
