import { compendiumLanguage } from '../../corpus/parse/parseCompendium';
import { isPageFurniture } from '../../corpus/parse/parseWrappedReport';
import type { NewImportedCompendium } from '../compendium/model';
import { readEdition } from '../compendium/readEdition';
import type { ExtractedText } from '../extract/extractText';
import { ImportError } from '../ImportError';

/**
 * Reads an extracted text as an edition of the compendium when it has the compendium's part A and
 * part B headings (French or English); null when it has not, so it is read as a report instead.
 */
export function detectCompendium(extracted: ExtractedText, source: { name: string; bytes: number }): NewImportedCompendium | null {
  const text = extracted.text.replace(/\r\n?/g, '\n').replace(/[\u00ad\u200b\ufeff]/g, '');
  if (compendiumLanguage(text) === null) return null;
  const isPdf = extracted.format === 'pdf';
  // Page numbers and job numbers of a PDF go; blanked rather than removed, so line numbers still point into the text.
  const body = isPdf ? text.split('\n').map((line) => (isPageFurniture(line.trim()) ? '' : line)).join('\n') : text;
  let edition;
  try {
    edition = readEdition(body, { plainDigitFootnotes: !isPdf });
  } catch (error) {
    throw new ImportError('compendium-unreadable', `${source.name} looks like the compendium but could not be read: ${error instanceof Error ? error.message : String(error)}`, { name: source.name, reason: error instanceof Error ? error.message : String(error) });
  }
  if (edition.entries.length === 0) {
    throw new ImportError('no-numbered-paragraphs', `${source.name} has no numbered paragraphs or recommendations to import.`, { name: source.name });
  }
  return { source: { name: source.name, format: extracted.format, bytes: source.bytes }, edition };
}
