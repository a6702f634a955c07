import { COMMAND_CATALOG, type CommandDeclaration, type CommandId } from './commandCatalog';
import { matchesShortcut } from './shortcut';

type KeyEvent = Parameters<typeof matchesShortcut>[1];

/**
 * The commands the window can run now: the catalog's declarations, each with what it does once a
 * feature has bound it. Both the palette and the keyboard handler read this one registry.
 */
export class CommandRegistry {
  private readonly handlers = new Map<CommandId, () => void>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  constructor(private readonly catalog: readonly CommandDeclaration[] = COMMAND_CATALOG) {}

  /** Binds what `id` does; the returned function unbinds it (unless another binding replaced it since). */
  bind(id: CommandId, run: () => void): () => void {
    this.handlers.set(id, run);
    this.changed();
    return () => {
      if (this.handlers.get(id) !== run) return;
      this.handlers.delete(id);
      this.changed();
    };
  }

  /** The bound commands, in catalog order. */
  available(): CommandDeclaration[] {
    return this.catalog.filter((command) => this.handlers.has(command.id as CommandId));
  }

  run(id: CommandId): boolean {
    const handler = this.handlers.get(id);
    handler?.();
    return handler !== undefined;
  }

  /** The bound command whose keys were pressed, if any; `focusedPane` is the `data-pane` holding the focus. */
  commandForKeys(event: KeyEvent, focusedPane: string | null): CommandId | null {
    const found = this.available().find(
      (command) => (command.pane === undefined || command.pane === focusedPane) && command.shortcuts.some((shortcut) => matchesShortcut(shortcut, event)),
    );
    return found ? (found.id as CommandId) : null;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever a binding does, for useSyncExternalStore. */
  snapshot = (): number => this.version;

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}
