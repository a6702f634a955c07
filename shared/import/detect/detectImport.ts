import type { Provenance } from '../../corpus/model';
import type { ExtractedText } from '../extract/extractText';
import { ImportError } from '../ImportError';
import type { ImportedDocument, ImportedParagraph, ImportMetadata } from '../model';
import { type MetadataNotice, readMetadata } from './readMetadata';
import { readStructure } from './readStructure';

/** A document as detected, before the user confirms it: what the preview shows and lets them correct. */
export interface ImportDraft {
  source: ImportedDocument['source'];
  metadata: ImportMetadata;
  metadataSources: Record<string, Provenance[]>;
  paragraphs: ImportedParagraph[];
  notices: MetadataNotice[];
}

const REPORT_WORDING = /Working Group|Groupe de travail|Conference of the Parties|Conférence des Parties|States parties|États parties|Protocol|Protocole/i;

/** Reads an extracted text as a report, decision or resolution, or says why it is not one. */
export function detectImport(extracted: ExtractedText, source: { name: string; bytes: number }): ImportDraft {
  const text = normalizeText(extracted.text, extracted.format);
  const structure = readStructure(text, extracted.format);
  const detected = readMetadata(text, structure, source.name);
  const looksLikeReport = detected.metadata.symbol !== null || structure.headings.length > 0 || REPORT_WORDING.test(text);
  if (!looksLikeReport) {
    throw new ImportError('not-a-report', `${source.name} does not look like a report, decision or resolution of the Conference of the Parties or its Working Group.`, { name: source.name });
  }
  if (structure.paragraphs.length === 0) {
    throw new ImportError('no-numbered-paragraphs', `${source.name} has no numbered paragraphs or recommendations to import.`, { name: source.name });
  }
  return {
    source: { name: source.name, format: extracted.format, bytes: source.bytes },
    metadata: detected.metadata,
    metadataSources: detected.metadataSources,
    paragraphs: structure.paragraphs,
    notices: detected.notices,
  };
}

/**
 * Line ends, invisible characters (soft hyphens, zero-width spaces) and, in markdown extractions,
 * a heading glued to the next "Recommendation N" (as in the bundled 2022 report) split apart.
 */
function normalizeText(text: string, format: ExtractedText['format']): string {
  const plain = text.replace(/\r\n?/g, '\n').replace(/[\u00ad\u200b\ufeff]/g, '');
  return format === 'md' ? plain.replace(/(?<=\*\*)(?=\*Recomm[ae]ndation \d+\*)/g, '\n\n') : plain;
}
