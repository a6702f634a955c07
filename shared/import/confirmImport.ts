import type { Provenance } from '../corpus/model';
import type { ImportDraft } from './detect/detectImport';
import { relinkParents } from './locatorPaths';
import { type ImportedDocument, type ImportedParagraph, type ImportMetadata, userProvenance } from './model';

/** What the host stores; it gives the document its library id and import date. */
export type NewImportedDocument = Omit<ImportedDocument, 'libraryId' | 'importedAt'>;

/**
 * The document the user confirmed: their corrections of the metadata and paragraphs, and the
 * theme suggestions they accepted. A field whose value the user changed is recorded as entered by
 * the user, in place of where detection had read it; sub-items are relinked to their parents by number.
 */
export function confirmImport(draft: ImportDraft, metadata: ImportMetadata, paragraphs: readonly ImportedParagraph[]): NewImportedDocument {
  const metadataSources: Record<string, Provenance[]> = { ...draft.metadataSources };
  for (const field of Object.keys(metadata) as (keyof ImportMetadata)[]) {
    if (JSON.stringify(metadata[field]) !== JSON.stringify(draft.metadata[field])) {
      metadataSources[field === 'lang' ? 'languages' : field] = [userProvenance(draft.source.name)];
    }
  }
  return { source: draft.source, metadata, metadataSources, paragraphs: relinkParents(paragraphs) };
}
