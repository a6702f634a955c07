import type { Lang } from '../../shared/corpus/model';
import { DRAFT_FORMAT, DRAFT_FORMAT_VERSION, type CitationStyle, type DraftFile } from '../../shared/draft/model';
import { emptyEditorState } from '../editor/editorStateFile';

/** Draft ids are random, lower-case and dot-free, as the drafts folder requires of file names. */
export function newDraftId(): string {
  return crypto.randomUUID();
}

export function newDraftFile(options: { title: string; lang: Lang; citationStyle: CitationStyle }): DraftFile {
  const now = new Date().toISOString();
  return {
    format: DRAFT_FORMAT,
    version: DRAFT_FORMAT_VERSION,
    // Never saved: its first save is based on no revision and writes revision 1.
    revision: 0,
    id: newDraftId(),
    title: options.title,
    lang: options.lang,
    citationStyle: options.citationStyle,
    createdAt: now,
    updatedAt: now,
    editorState: emptyEditorState(),
    content: { preamble: [], operative: [] },
    rounds: [],
  };
}
