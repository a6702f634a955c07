let markShown: () => void = () => undefined;

/**
 * Resolves once the precedents table has shown its first page (or failed to get it): the draft
 * pane and what else can wait start after it, so they never hold back the first rows.
 */
export const firstRowsShown = new Promise<void>((resolve) => (markShown = resolve));

export function noteFirstRowsShown(): void {
  markShown();
}
