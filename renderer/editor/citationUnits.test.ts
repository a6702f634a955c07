import { $createParagraphNode, $createTextNode, type LexicalEditor, type ParagraphNode } from 'lexical';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { compendiumParagraph } from '../../host/corpus/testing/compendiumParagraph';
import { indexCorpus, type CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { Paragraph } from '../../shared/corpus/model';
import { citationRuleBreaches } from '../../shared/draft/citationRule';
import type { DraftRun } from '../../shared/draft/model';
import { $getDraftSection } from './draftStructure';
import { readEditorState } from './editorStateFile';
import { $createCitationNode } from './nodes/CitationNode';
import { $createPrecedentNode, type PrecedentSource } from './nodes/PrecedentNode';
import { contentOf, draftEditor, update } from './testing/draftTestEditor';

let index: CorpusIndex;
let i22: Paragraph;
let i23: Paragraph;

beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
  i22 = compendiumParagraph(index, 'A:I.22');
  i23 = compendiumParagraph(index, 'A:I.23');
});

const sourceOf = (paragraph: Paragraph): PrecedentSource => ({ paragraphId: paragraph.id, lang: 'fr', sourceText: paragraph.text.fr ?? '' });

/** Replaces the operative part with paragraphs built from the given nodes, in one update. */
function operativeOf(editor: LexicalEditor, ...blocks: (() => ParagraphNode)[]): void {
  update(editor, () => {
    const operative = $getDraftSection('operative');
    operative.clear();
    operative.append(...blocks.map((build) => build()));
  });
}

/** Each operative paragraph as a list of runs: `P:text`, `C:id`, or the typed text. */
function shapes(editor: LexicalEditor): string[][] {
  return contentOf(editor).operative.map((paragraph) => paragraph.runs.map(shape));
}

function shape(run: DraftRun): string {
  if (run.type === 'precedent') return `P:${run.text}`;
  if (run.type === 'citation') return `C:${run.paragraphId}`;
  return run.text;
}

describe('the citation rule in the editor', () => {
  test('Enter in the middle of agreed language: both pieces keep their source and each paragraph carries the citation', () => {
    const editor = draftEditor();
    const text = i22.text.fr ?? '';
    const cut = text.indexOf(' ', 40);
    // What Lexical leaves after splitting the paragraph inside the precedent.
    operativeOf(
      editor,
      () => $createParagraphNode().append($createPrecedentNode(sourceOf(i22), text.slice(0, cut))),
      () => $createParagraphNode().append($createPrecedentNode(sourceOf(i22), text.slice(cut)), $createCitationNode(i22.id)),
    );
    expect(shapes(editor)).toEqual([
      [`P:${text.slice(0, cut)}`, `C:${i22.id}`],
      [`P:${text.slice(cut)}`, `C:${i22.id}`],
    ]);
  });

  test('Enter at the end of agreed language: the citation stays with it, the new paragraph is empty', () => {
    const editor = draftEditor();
    operativeOf(
      editor,
      () => $createParagraphNode().append($createPrecedentNode(sourceOf(i22))),
      () => $createParagraphNode().append($createCitationNode(i22.id)),
    );
    expect(shapes(editor)).toEqual([[`P:${i22.text.fr}`, `C:${i22.id}`]]);
  });

  test('words typed between agreed language and its citation are the delegate’s own and follow the citation', () => {
    const editor = draftEditor();
    operativeOf(editor, () =>
      $createParagraphNode().append($createPrecedentNode(sourceOf(i22)), $createTextNode(' Nouveau paragraphe.'), $createCitationNode(i22.id)),
    );
    expect(shapes(editor)).toEqual([[`P:${i22.text.fr}`, `C:${i22.id}`, ' Nouveau paragraphe.']]);
  });

  test('a citation of another paragraph is replaced by the right one; two sources each keep theirs', () => {
    const editor = draftEditor();
    operativeOf(editor, () =>
      $createParagraphNode().append($createPrecedentNode(sourceOf(i22)), $createCitationNode(i23.id), $createTextNode(' et '), $createPrecedentNode(sourceOf(i23))),
    );
    expect(shapes(editor)).toEqual([[`P:${i22.text.fr}`, `C:${i22.id}`, ' et ', `P:${i23.text.fr}`, `C:${i23.id}`]]);
  });

  test('agreed language with no words left goes, and its citation with it; spaces stay as typed text', () => {
    const editor = draftEditor();
    operativeOf(editor, () => $createParagraphNode().append($createTextNode('Décide '), $createPrecedentNode(sourceOf(i22), '  '), $createCitationNode(i22.id)));
    expect(shapes(editor)).toEqual([['Décide   ']]);
  });

  test('two pieces of one source that meet again are one piece; the same precedent quoted twice stays twice', () => {
    const text = i22.text.fr ?? '';
    const editor = draftEditor();
    operativeOf(editor, () =>
      $createParagraphNode().append(
        $createPrecedentNode(sourceOf(i22), text.slice(0, 30)),
        $createCitationNode(i22.id),
        $createPrecedentNode(sourceOf(i22), text.slice(30)),
        $createCitationNode(i22.id),
      ),
    );
    expect(shapes(editor)).toEqual([[`P:${text}`, `C:${i22.id}`]]);

    const twice = draftEditor();
    operativeOf(twice, () =>
      $createParagraphNode().append($createPrecedentNode(sourceOf(i22)), $createCitationNode(i22.id), $createPrecedentNode(sourceOf(i22)), $createCitationNode(i22.id)),
    );
    expect(shapes(twice)).toEqual([[`P:${text}`, `C:${i22.id}`, `P:${text}`, `C:${i22.id}`]]);
  });

  test('agreed language pasted inside other agreed language is set beside it, each piece with its citation', () => {
    const text = i22.text.fr ?? '';
    const editor = draftEditor();
    operativeOf(editor, () => {
      const outer = $createPrecedentNode(sourceOf(i22), text.slice(0, 20));
      outer.append($createPrecedentNode(sourceOf(i23)), $createCitationNode(i23.id), $createTextNode(text.slice(20)));
      return $createParagraphNode().append(outer, $createCitationNode(i22.id));
    });
    expect(shapes(editor)).toEqual([[`P:${text.slice(0, 20)}`, `C:${i22.id}`, `P:${i23.text.fr}`, `C:${i23.id}`, `P:${text.slice(20)}`, `C:${i22.id}`]]);
    expect(citationRuleBreaches(contentOf(editor))).toEqual([]);
  });

  test('a draft saved before the rule (the citation on the delegate’s sentence) opens with the citation back on its text', () => {
    const editor = draftEditor();
    operativeOf(
      editor,
      () => $createParagraphNode().append($createPrecedentNode(sourceOf(i22))),
      () => $createParagraphNode().append($createTextNode('Nouveau paragraphe.'), $createCitationNode(i22.id)),
    );
    // The editor already mended it: make the old shape by hand in the saved JSON.
    const saved = editor.getEditorState().toJSON() as unknown as { root: { children: { children: { children: unknown[] }[] }[] } };
    const [first, second] = saved.root.children[1]?.children ?? [];
    const citation = { type: 'citation', version: 1, paragraphId: i22.id };
    first?.children.splice(1);
    second?.children.push(citation);
    const { content } = readEditorState(saved);
    expect(content.operative.map((paragraph) => paragraph.runs.map(shape))).toEqual([[`P:${i22.text.fr}`, `C:${i22.id}`], ['Nouveau paragraphe.']]);
  });
});
