import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CommandId } from './commandCatalog';
import { CommandPalette } from './CommandPalette';
import { CommandRegistry } from './CommandRegistry';
import { CommandsContext } from './CommandsContext';
import { cyclePanes, focusPane, paneOf, rememberFocus } from './focusPane';

/**
 * The window's commands: the registry features bind into, the one keyboard handler that runs
 * them by their keys, the palette, and the commands that move between panes.
 */
export function CommandsProvider({ children }: { children: ReactNode }) {
  const registry = useMemo(() => new CommandRegistry(), []);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A modal dialog (the library, an export, the palette) has the keyboard to itself.
      if (event.defaultPrevented || document.querySelector('dialog:modal')) return;
      const id = registry.commandForKeys(event, paneOf(document.activeElement));
      if (!id) return;
      event.preventDefault();
      registry.run(id);
    };
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', rememberFocus);
    const unbind = [
      registry.bind('palette.open', () => {
        returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setPaletteOpen(true);
      }),
      registry.bind('pane.next', () => cyclePanes(1)),
      registry.bind('pane.previous', () => cyclePanes(-1)),
      registry.bind('pane.themes', () => focusPane('themes')),
      registry.bind('pane.precedents', () => focusPane('precedents')),
      registry.bind('pane.draft', () => focusPane('draft')),
    ];
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', rememberFocus);
      for (const done of unbind) done();
    };
  }, [registry]);

  // The command runs where the delegate was, as if its keys had been pressed there.
  const onPaletteDone = useCallback(
    (id: CommandId | null) => {
      setPaletteOpen(false);
      returnFocus.current?.focus();
      if (id) registry.run(id);
    },
    [registry],
  );

  return (
    <CommandsContext value={registry}>
      {children}
      {paletteOpen && <CommandPalette registry={registry} onDone={onPaletteDone} />}
    </CommandsContext>
  );
}
