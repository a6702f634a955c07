import { createContext, useContext } from 'react';

/**
 * Loads the catalog again (after the user's library changed) while the current one stays on
 * screen, with a new paragraph cache; rejects with the host's message if it cannot be loaded.
 */
export const CorpusReloadContext = createContext<(() => Promise<void>) | null>(null);

export function useCorpusReload(): () => Promise<void> {
  const reload = useContext(CorpusReloadContext);
  if (!reload) throw new Error('useCorpusReload needs <CorpusLoader> above it.');
  return reload;
}
