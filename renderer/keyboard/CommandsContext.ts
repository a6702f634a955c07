import { createContext, useContext, useEffect, useLayoutEffect, useRef } from 'react';
import type { CommandId } from './commandCatalog';
import type { CommandRegistry } from './CommandRegistry';

export const CommandsContext = createContext<CommandRegistry | null>(null);

/**
 * Binds what command `id` does while the calling component is mounted; null while it cannot run
 * (no draft open...), which keeps it out of the palette and its keys free.
 */
export function useCommand(id: CommandId, run: (() => void) | null): void {
  const registry = useContext(CommandsContext);
  const latest = useRef(run);
  useLayoutEffect(() => {
    latest.current = run;
  });
  const runnable = run !== null;
  useEffect(() => {
    if (!registry || !runnable) return;
    return registry.bind(id, () => latest.current?.());
  }, [registry, id, runnable]);
}
