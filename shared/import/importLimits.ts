/** Reports run to a few megabytes; far beyond this a file is not one, and would stall the window. */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;

/**
 * What an import reads at most, so a hostile file is refused in milliseconds instead of taking
 * minutes and gigabytes. A 600-page report has about 3 MB of Word XML and no report runs to
 * hundreds of pages; tests pass smaller limits to prove the refusals cheaply.
 */
export interface ImportLimits {
  /** Size of the chosen file. */
  fileBytes: number;
  /** Word XML parts (text, styles, numbering, notes) once inflated: declared by the zip directory, then actually inflated. */
  docxXmlBytes: number;
  /** Parts listed in a .docx's zip directory. */
  docxEntries: number;
  pdfPages: number;
}

export const IMPORT_LIMITS: ImportLimits = {
  fileBytes: MAX_IMPORT_BYTES,
  docxXmlBytes: 16 * 1024 * 1024,
  docxEntries: 5_000,
  pdfPages: 2_000,
};
