import { $createTextNode, $isTextNode, type LexicalEditor } from 'lexical';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { compendiumParagraph } from '../../host/corpus/testing/compendiumParagraph';
import { indexCorpus, type CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { Corpus, Paragraph } from '../../shared/corpus/model';
import { precedentText } from '../../shared/draft/precedentText';
import { $getDraftSection } from './draftStructure';
import { $switchPrecedentLanguage } from './switchPrecedentLanguage';
import { $precedentNodes, $quote, contentOf, draftEditor, update } from './testing/draftTestEditor';

let corpus: Corpus;
let i22: Paragraph;
let i23: Paragraph;

beforeAll(async () => {
  corpus = await loadBundledCorpus();
  const index = indexCorpus(corpus);
  i22 = compendiumParagraph(index, 'A:I.22');
  i23 = compendiumParagraph(index, 'A:I.23');
});

/** The bundled corpus plus an English version of I.22, as an import of the English report would add. */
function withEnglishI22(): CorpusIndex {
  const english = 'States parties may wish to consider involving their diplomatic and consular representations abroad.';
  return indexCorpus({ ...corpus, paragraphs: corpus.paragraphs.map((p) => (p.id === i22.id ? { ...p, text: { ...p.text, en: english } } : p)) });
}

function draftWith(index: CorpusIndex, ids: string[]): LexicalEditor {
  return draftEditor(() => {
    $quote(index, ids);
    $getDraftSection('operative').append($createTextNode('Texte tapé par le délégué.'));
  });
}

/** The delegate hardens the wording: "voudront peut-être envisager" becomes "devraient envisager". */
function $harden(): void {
  const text = $precedentNodes()[0]?.getFirstDescendant();
  const start = i22.text.fr?.indexOf('voudront peut-être') ?? -1;
  if (!$isTextNode(text) || start < 0) throw new Error('I.22 says "voudront peut-être"');
  text.select(start, start + 'voudront peut-être'.length).insertText('devraient');
}

const switchTo = (editor: LexicalEditor, index: CorpusIndex, lang: 'fr' | 'en') =>
  update(editor, () => $switchPrecedentLanguage(lang, (id, wanted) => precedentText(index, id, wanted)));

describe('$switchPrecedentLanguage', () => {
  test('without an English version in the corpus, the French text stays, never translated', () => {
    const index = indexCorpus(corpus);
    const editor = draftWith(index, [i22.id]);
    expect(switchTo(editor, index, 'en')).toEqual({ switched: 0, missing: 1, modified: 0 });
    const [run] = contentOf(editor).operative[0]?.runs ?? [];
    expect(run).toEqual({ type: 'precedent', paragraphId: i22.id, lang: 'fr', text: i22.text.fr, sourceText: i22.text.fr });
  });

  test('an unmodified precedent takes the English version, and back; typed text is left as it is', () => {
    const index = withEnglishI22();
    const editor = draftWith(index, [i22.id, i23.id]);
    expect(switchTo(editor, index, 'en')).toEqual({ switched: 1, missing: 1, modified: 0 });
    const content = contentOf(editor);
    const precedents = content.operative.flatMap((p) => p.runs).filter((run) => run.type === 'precedent');
    expect(precedents.map((run) => [run.paragraphId, run.lang, run.text])).toEqual([
      [i22.id, 'en', index.paragraphs.get(i22.id)?.text.en],
      [i23.id, 'fr', i23.text.fr],
    ]);
    expect(JSON.stringify(content)).toContain('Texte tapé par le délégué.');

    expect(switchTo(editor, index, 'fr')).toEqual({ switched: 1, missing: 0, modified: 0 });
    expect(update(editor, () => $precedentNodes().map((p) => [p.getSource().lang, p.getTextContent()]))).toEqual([
      ['fr', i22.text.fr],
      ['fr', i23.text.fr],
    ]);
  });

  test('a precedent the delegate edited keeps their wording', () => {
    const index = withEnglishI22();
    const editor = draftWith(index, [i22.id]);
    update(editor, $harden);
    expect(switchTo(editor, index, 'en')).toEqual({ switched: 0, missing: 0, modified: 1 });
    expect(update(editor, () => $precedentNodes()[0]?.getTextContent())).toBe(i22.text.fr?.replace('voudront peut-être', 'devraient'));
  });

  test('edited then restored: verbatim again', () => {
    const editor = draftWith(indexCorpus(corpus), [i22.id]);
    update(editor, $harden);
    expect(update(editor, () => $precedentNodes()[0]?.isModified())).toBe(true);
    update(editor, () => $precedentNodes()[0]?.restoreSourceText());
    expect(update(editor, () => [$precedentNodes()[0]?.isModified(), $precedentNodes()[0]?.getTextContent()])).toEqual([false, i22.text.fr]);
  });
});
