import { nextPane } from './paneCycle';

/** Panes are the elements marked `data-pane`: themes, precedents, detail (while open), draft. */
const PANE_SELECTOR = '[data-pane]';

/** Where the focus first lands in a pane: the control a delegate works with there. */
const FIRST_FOCUS: Record<string, string> = {
  themes: '[role="tree"] [tabindex="0"]',
  precedents: '[role="grid"]',
  draft: '[contenteditable="true"]',
};

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/** Per pane, where the focus was when it left: F6 comes back there, as in VS Code and Word. */
const lastFocused = new Map<string, HTMLElement>();

export function paneOf(element: Element | null): string | null {
  return element?.closest<HTMLElement>(PANE_SELECTOR)?.dataset.pane ?? null;
}

export function rememberFocus(event: FocusEvent): void {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return;
  const pane = paneOf(target);
  if (pane) lastFocused.set(pane, target);
}

function shownPanes(): HTMLElement[] {
  // A collapsed or hidden pane has no box: F6 passes it by.
  return [...document.querySelectorAll<HTMLElement>(PANE_SELECTOR)].filter((pane) => pane.getClientRects().length > 0);
}

function landingIn(pane: HTMLElement): HTMLElement {
  const name = pane.dataset.pane ?? '';
  const remembered = lastFocused.get(name);
  if (remembered?.isConnected && paneOf(remembered) === name && remembered.getClientRects().length > 0) return remembered;
  const first = (FIRST_FOCUS[name] && pane.querySelector<HTMLElement>(FIRST_FOCUS[name])) || pane.querySelector<HTMLElement>(TABBABLE);
  if (first) return first;
  // Nothing to operate in it (an empty detail): the pane itself takes the focus, so F6 still stops there.
  pane.tabIndex = -1;
  return pane;
}

export function focusPane(name: string): void {
  const pane = shownPanes().find((candidate) => candidate.dataset.pane === name);
  if (pane) landingIn(pane).focus();
}

export function cyclePanes(direction: 1 | -1): void {
  const names = shownPanes().map((pane) => pane.dataset.pane ?? '');
  const target = nextPane(names, paneOf(document.activeElement), direction);
  if (target) focusPane(target);
}
