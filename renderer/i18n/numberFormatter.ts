/** Below this, whole numbers are written with plain digits in every interface language (fr, en). */
const PLAIN_BELOW = 1000;

/**
 * Writes numbers as the locale does. The locale's formatter is made only for a number that needs
 * it: its first use loads the locale's number data (20–80 ms here), which held back the window's
 * first rows when all it showed was the bundled corpus's few hundred paragraphs.
 */
export function numberFormatter(locale: string): (value: number) => string {
  let numbers: Intl.NumberFormat | undefined;
  return (value) => (Number.isInteger(value) && value >= 0 && value < PLAIN_BELOW ? String(value) : (numbers ??= new Intl.NumberFormat(locale)).format(value));
}
