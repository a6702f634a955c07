export const EXIT_OK = 0;
/** Something unexpected broke (a bug, an unreadable source file). */
export const EXIT_FAILURE = 1;
/** The user asked for something that does not exist: unknown reference, theme, command or option. */
export const EXIT_USAGE = 2;
/** The corpus has no text in the language asked for (never filled in from another language). */
export const EXIT_LANGUAGE_MISSING = 3;
