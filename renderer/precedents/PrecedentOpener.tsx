import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';

/** Opens a precedent in the browser from elsewhere in the window (the precedent check): its row selected, its detail shown. */
export interface PrecedentOpener {
  open(paragraphId: string): void;
}

interface OpenerRegistry extends PrecedentOpener {
  register(handler: (paragraphId: string) => void): () => void;
}

const PrecedentOpenerContext = createContext<OpenerRegistry | null>(null);

export function PrecedentOpenerProvider({ children }: { children: ReactNode }) {
  const handler = useRef<((paragraphId: string) => void) | null>(null);
  const registry = useMemo<OpenerRegistry>(
    () => ({
      open: (paragraphId) => handler.current?.(paragraphId),
      register(next) {
        handler.current = next;
        return () => {
          if (handler.current === next) handler.current = null;
        };
      },
    }),
    [],
  );
  return <PrecedentOpenerContext value={registry}>{children}</PrecedentOpenerContext>;
}

/** Null where no provider is mounted: the caller then offers no "open in the browser". */
export function usePrecedentOpener(): PrecedentOpener | null {
  return useContext(PrecedentOpenerContext);
}

/** The precedent browser answers open requests with `handler` (its latest version). */
export function useOpenPrecedentHandler(handler: (paragraphId: string) => void): void {
  const registry = useContext(PrecedentOpenerContext);
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => registry?.register((paragraphId) => latest.current(paragraphId)), [registry]);
}
