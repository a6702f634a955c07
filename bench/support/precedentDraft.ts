import type { LexicalEditor } from 'lexical';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { indexCorpus } from '../../shared/corpus/corpusIndex';
import { $initDraftStructure } from '../../renderer/editor/draftStructure';
import { createHeadlessDraftEditor } from '../../renderer/editor/editorStateFile';
import { $insertPrecedents } from '../../renderer/editor/insertPrecedents';
import { resolvePrecedents } from '../../renderer/editor/resolvePrecedents';

/** A headless draft of `paragraphs` operative paragraphs, each an adopted precedent (in corpus order, repeating) and its citation, inserted as a drop does. */
export async function precedentDraft(paragraphs: number): Promise<LexicalEditor> {
  const index = indexCorpus(await loadBundledCorpus());
  const ids = index.corpus.paragraphs.filter((p) => p.adopted && p.parentId === null && p.text.fr).map((p) => p.id);
  const editor = createHeadlessDraftEditor();
  editor.update($initDraftStructure, { discrete: true });
  for (let i = 0; i < paragraphs; i++) {
    const id = ids[i % ids.length] ?? '';
    editor.update(() => $insertPrecedents(resolvePrecedents(index, [id], 'fr').sources, null), { discrete: true });
  }
  return editor;
}
