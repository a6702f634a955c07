/** Reports run to a few megabytes; far beyond this a file is not one, and would stall the window. */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;
