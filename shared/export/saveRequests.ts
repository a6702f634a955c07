import type { CorpusIndex } from '../corpus/corpusIndex';
import type { SaveFileRequest } from '../host/DeskHost';
import { buildCompilationDocx, compilationTitle, type CompilationOptions } from './buildCompilationDocx';
import { buildDraftDocx, type DraftDocxOptions, type ExportableDraft } from './buildDraftDocx';
import type { CompilationSelection } from './compilationGroups';
import { DOCX_MIME_TYPE, docxFileName, encodeBase64 } from './docxFile';
import { EXPORT_LABELS } from './exportLabels';

/** What the renderer hands to `DeskHost.saveFile` for "Export to Word". */
export async function draftSaveRequest(index: CorpusIndex, draft: ExportableDraft, options: DraftDocxOptions = {}): Promise<SaveFileRequest> {
  const bytes = await buildDraftDocx(index, draft, options);
  // Each view the delegate picks gets a name of its own, so exporting the three keeps the three.
  const view = options.view && !options.bilingual ? ` (${EXPORT_LABELS[options.lang ?? draft.lang].viewFileName[options.view]})` : '';
  const name = options.bilingual ? `${draft.title} (FR-EN)` : `${draft.title}${view}`;
  return { suggestedName: docxFileName(name), mimeType: DOCX_MIME_TYPE, base64: encodeBase64(bytes) };
}

export async function compilationSaveRequest(index: CorpusIndex, selection: CompilationSelection, options: CompilationOptions): Promise<SaveFileRequest> {
  const bytes = await buildCompilationDocx(index, selection, options);
  const title = options.title ?? compilationTitle(index, selection, options.lang);
  return { suggestedName: docxFileName(title, EXPORT_LABELS[options.lang].compilationTitle), mimeType: DOCX_MIME_TYPE, base64: encodeBase64(bytes) };
}
