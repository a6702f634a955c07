/**
 * The moments of the window's start, marked in the page's performance timeline (as VS Code marks
 * its own start): `npm run bench -- library` reads them to say where the first row's time goes.
 */
export const STARTUP_MARKS = {
  /** The catalog, the settings and the opening page are asked for: the window's first code has run. */
  hostAsked: 'desk/hostAsked',
  settingsIn: 'desk/settingsIn',
  /** The window's code is fetched, compiled and run. */
  windowCodeRun: 'desk/windowCodeRun',
  /** React's first render is asked for, with the interface's language set up. */
  renderStarted: 'desk/renderStarted',
  /** The table's first rows are in the page (or it gave up on them); the next frame paints them. */
  firstRowsInPage: 'desk/firstRowsInPage',
} as const;

export type StartupMark = keyof typeof STARTUP_MARKS;

export function markStartup(mark: StartupMark): void {
  performance.mark(STARTUP_MARKS[mark]);
}
