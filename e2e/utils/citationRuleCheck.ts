import type { SerializedEditorState } from 'lexical';
import { footnoteReferencesOf, footnotesOf, paragraphsOf, readDocxParts } from '../../host/export/testing/readDocx';
import { createHeadlessDraftEditor } from '../../renderer/editor/editorStateFile';
import { $projectDraftContent } from '../../renderer/editor/projectDraftContent';
import type { CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { Lang } from '../../shared/corpus/model';
import { citationRuleBreaches } from '../../shared/draft/citationRule';
import type { DraftContent, DraftParagraph } from '../../shared/draft/model';
import { buildDraftDocx } from '../../shared/export/buildDraftDocx';
import { citeParagraph } from '../../shared/export/citeParagraph';
import { sectionParagraphs } from '../../shared/export/draftParagraphs';

interface SerializedNode {
  type: string;
  text?: string;
  children?: SerializedNode[];
}

/** The draft's content as export, check and provenance read it, taken from the state as it is (nothing mended on the way). */
export function contentOf(state: SerializedEditorState): DraftContent {
  return createHeadlessDraftEditor().parseEditorState(state).read($projectDraftContent);
}

/** Every way `state` breaks the citation rule (README of renderer/editor); none for a good draft. */
export function citationRuleProblems(state: SerializedEditorState): string[] {
  const problems: string[] = [];
  const visit = (node: SerializedNode, insidePrecedent: boolean) => {
    if (insidePrecedent && node.type !== 'text' && node.type !== 'linebreak') problems.push(`a ${node.type} inside agreed language`);
    if (node.type === 'precedent' && textOf(node).trim() === '') problems.push('agreed language without words');
    for (const child of node.children ?? []) visit(child, insidePrecedent || node.type === 'precedent');
  };
  visit(state.root as unknown as SerializedNode, false);
  for (const breach of citationRuleBreaches(contentOf(state))) problems.push(`${breach.problem} (${breach.part} paragraph ${breach.paragraph}, run ${breach.run})`);
  return problems;
}

function textOf(node: SerializedNode): string {
  if (node.type === 'linebreak') return '\n';
  return node.text ?? (node.children ?? []).map(textOf).join('');
}

/**
 * Exports the content to a real .docx with footnotes and reads it back: the export's paragraph
 * model must be the draft's own paragraphs (nothing to mend), and each paragraph of the document
 * must call exactly the notes of the agreed language it holds, with that language's text in it.
 */
export async function footnoteProblems(index: CorpusIndex, content: DraftContent, lang: Lang): Promise<string[]> {
  const problems: string[] = [];
  const model = sectionParagraphs(content).map(({ paragraph }) => paragraph);
  const drafted = [...content.preamble, ...content.operative].filter(hasWords);
  if (JSON.stringify(model.map((p) => p.runs)) !== JSON.stringify(drafted.map((p) => p.runs))) problems.push('the export had to move citations');

  const parts = await readDocxParts(await buildDraftDocx(index, { title: '', lang, citationStyle: 'footnote', content }));
  const notes = footnotesOf(parts.footnotes);
  const written = paragraphsOf(parts.document).filter((paragraph) => paragraph.style !== null);
  if (written.length !== model.length) problems.push(`${model.length} paragraphs drafted, ${written.length} written`);
  model.forEach((paragraph, position) => {
    const docx = written[position];
    if (!docx) return;
    const expected = paragraph.runs.flatMap((run) => (run.type === 'citation' ? [citeParagraph(index, run.paragraphId, lang)] : []));
    const called = footnoteReferencesOf(docx.xml).map((id) => notes.get(id));
    if (JSON.stringify(called) !== JSON.stringify(expected)) problems.push(`paragraph ${position + 1} calls ${JSON.stringify(called)}, cites ${JSON.stringify(expected)}`);
    for (const run of paragraph.runs) {
      if (run.type === 'precedent' && !docx.text.includes(run.text.replaceAll('\n', ''))) problems.push(`paragraph ${position + 1} lost the text of ${run.paragraphId}`);
    }
  });
  return problems;
}

function hasWords(paragraph: DraftParagraph): boolean {
  return paragraph.runs.some((run) => run.type !== 'text' || run.text.trim() !== '');
}
