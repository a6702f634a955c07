import type { ChangesMode } from '../../shared/export/renderRuns';

/** The export choices remembered from one export to the next; the citation style comes from the draft each time. */
export interface DraftExportChoices {
  sourcesAnnex: boolean;
  bilingual: boolean;
  changes: ChangesMode;
  /** Lays the document out as a UN document, with the fields the draft keeps. */
  unDocument: boolean;
}

export const DRAFT_EXPORT_KEY = 'export.draftChoices';

export function parseDraftExportChoices(raw: unknown): DraftExportChoices {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    sourcesAnnex: stored.sourcesAnnex === true,
    bilingual: stored.bilingual === true,
    changes: stored.changes === 'marked' ? 'marked' : 'clean',
    unDocument: stored.unDocument === true,
  };
}
