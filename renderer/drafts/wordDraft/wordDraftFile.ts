import type { DraftFile } from '../../../shared/draft/model';
import type { WordDraft } from '../../../shared/roundtrip/model';
import { editorStateFromContent } from '../../editor/contentEditorState';
import { newDraftFile } from '../newDraftFile';

/** A new draft file holding what a Word document gave: its own id, never saved over another draft. */
export function wordDraftFile(word: WordDraft): DraftFile {
  const file = newDraftFile({ title: word.title, lang: word.lang, citationStyle: word.citationStyle });
  return { ...file, editorState: editorStateFromContent(word.content), content: word.content };
}
