import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useSetting } from '../app/settings/SettingsContext';
import { fitPanes, parsePaneLayout, type CollapsiblePane, type FittedPanes, type SidePane } from './paneLayout';
import './layout.css';

interface PaneLayout {
  /** Widths now, folded panes as null (by the delegate, or for lack of room). */
  fitted: FittedPanes;
  resize(pane: SidePane, width: number): void;
  setFolded(pane: CollapsiblePane, folded: boolean): void;
  setCheckOpen(open: boolean): void;
}

const PaneLayoutContext = createContext<PaneLayout | null>(null);

const PANE_LAYOUT_KEY = 'layout.panes';

const subscribeToResize = (listener: () => void) => {
  window.addEventListener('resize', listener);
  return () => window.removeEventListener('resize', listener);
};

/** The side panes' widths, remembered, and fitted to the window as it is now. */
export function PaneLayoutProvider({ children }: { children: ReactNode }) {
  const [setting, setSetting] = useSetting(PANE_LAYOUT_KEY, parsePaneLayout);
  const windowWidth = useSyncExternalStore(subscribeToResize, () => window.innerWidth);
  const [checkOpen, setCheckOpen] = useState(false);
  const [keepOpen, setKeepOpen] = useState<CollapsiblePane | null>(null);
  const fitted = useMemo(() => fitPanes({ windowWidth, setting, checkOpen, keepOpen }), [windowWidth, setting, checkOpen, keepOpen]);

  const resize = useCallback((pane: SidePane, width: number) => setSetting((current) => ({ ...current, widths: { ...current.widths, [pane]: width } })), [setSetting]);
  const setFolded = useCallback(
    (pane: CollapsiblePane, folded: boolean) => {
      if (!folded) setKeepOpen(pane);
      setSetting((current) => ({ ...current, collapsed: { ...current.collapsed, [pane]: folded } }));
    },
    [setSetting],
  );
  const value = useMemo<PaneLayout>(() => ({ fitted, resize, setFolded, setCheckOpen }), [fitted, resize, setFolded]);
  return <PaneLayoutContext value={value}>{children}</PaneLayoutContext>;
}

export function usePaneLayout(): PaneLayout {
  const layout = useContext(PaneLayoutContext);
  if (!layout) throw new Error('usePaneLayout needs a PaneLayoutProvider (see renderer/App.tsx).');
  return layout;
}

/** Tells the layout whether the check panel is open, so the other panes make room for it. */
export function useCheckPaneOpen(open: boolean): void {
  const { setCheckOpen } = usePaneLayout();
  useLayoutEffect(() => {
    setCheckOpen(open);
    return () => setCheckOpen(false);
  }, [open, setCheckOpen]);
}
