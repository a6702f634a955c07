/**
 * The pane F6 (direction 1) or Shift+F6 (-1) moves to, from the pane holding the focus, among the
 * panes shown, in their order on screen; from outside every pane, the first or the last.
 */
export function nextPane(panes: readonly string[], current: string | null, direction: 1 | -1): string | null {
  if (panes.length === 0) return null;
  const at = current === null ? -1 : panes.indexOf(current);
  if (at === -1) return direction === 1 ? panes[0]! : panes[panes.length - 1]!;
  return panes[(at + direction + panes.length) % panes.length]!;
}
