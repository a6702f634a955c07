/** Below this, whole numbers are written with plain digits in every interface language (fr, en). */
const PLAIN_BELOW = 1000;

/**
 * What separates each group of three digits of a whole number, as each interface language's
 * formatter writes it (the tests compare with Intl over the safe integers).
 */
const GROUP_SEPARATORS: Partial<Record<string, string>> = { fr: '\u202F', en: ',' };

/** Each place in a run of digits that has a multiple of three digits after it. */
const GROUP_BOUNDARY = /\B(?=(\d{3})+$)/g;

/**
 * Writes numbers as the locale does. A whole number in an interface language is grouped here;
 * the locale's formatter is made only for another number: its first use loads the locale's
 * number data (22–25 ms in a fresh page here, 20–80 ms measured before), and the window's first
 * render spent it writing the size of a library of 100,000 paragraphs.
 */
export function numberFormatter(locale: string): (value: number) => string {
  let numbers: Intl.NumberFormat | undefined;
  const separator = GROUP_SEPARATORS[locale];
  return (value) => {
    // The formatter writes -0 as "-0".
    const whole = Number.isSafeInteger(value) && value >= 0 && !Object.is(value, -0);
    if (whole && value < PLAIN_BELOW) return String(value);
    if (whole && separator !== undefined) return String(value).replace(GROUP_BOUNDARY, separator);
    return (numbers ??= new Intl.NumberFormat(locale)).format(value);
  };
}
