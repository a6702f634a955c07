import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Paragraphs of the large library the library bench makes (issue 14's goals are set at this size). */
export const LARGE_LIBRARY_PARAGRAPHS = 100_000;

/** Where the library bench keeps its generated reports and data folder between runs (made once). */
export const LARGE_LIBRARY_WORK = fileURLToPath(new URL('../../.tmp/bench-library/', import.meta.url));

/** The data folder of the large library, imported through the real import path. */
export const LARGE_LIBRARY_DATA_DIR = join(LARGE_LIBRARY_WORK, `data-${LARGE_LIBRARY_PARAGRAPHS}`);
