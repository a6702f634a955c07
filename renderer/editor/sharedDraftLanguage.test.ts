import { $getRoot, type LexicalEditor } from 'lexical';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { compendiumParagraph } from '../../host/corpus/testing/compendiumParagraph';
import { indexCorpus, type CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { Lang } from '../../shared/corpus/model';
import { citationRuleBreaches } from '../../shared/draft/citationRule';
import { precedentText } from '../../shared/draft/precedentText';
import { $initDraftStructure } from './draftStructure';
import { $projectDraftContent } from './projectDraftContent';
import { $switchPrecedentLanguage } from './switchPrecedentLanguage';
import { $quote } from './testing/draftTestEditor';
import { deliverAll, SharedDraftClient } from './testing/sharedDraftClients';

let index: CorpusIndex;
let ids: string[];
const ENGLISH_I22 = 'States parties may wish to consider involving their diplomatic and consular representations abroad.';
const ENGLISH_I23 = 'States parties should consider providing training to consular staff.';

beforeAll(async () => {
  const corpus = await loadBundledCorpus();
  const french = indexCorpus(corpus);
  const i22 = compendiumParagraph(french, 'A:I.22');
  const i23 = compendiumParagraph(french, 'A:I.23');
  ids = [i22.id, i23.id];
  // English versions, as an import of the English reports would add them (the bundled sources are French).
  const english = new Map([
    [i22.id, ENGLISH_I22],
    [i23.id, ENGLISH_I23],
  ]);
  index = indexCorpus({ ...corpus, paragraphs: corpus.paragraphs.map((p) => (english.has(p.id) ? { ...p, text: { ...p.text, en: english.get(p.id) } } : p)) });
});

async function twoDesks(): Promise<SharedDraftClient[]> {
  const desks = [new SharedDraftClient(), new SharedDraftClient()];
  desks[0]!.editor.update(
    () => {
      $initDraftStructure();
      $quote(index, ids);
    },
    { discrete: true },
  );
  await deliverAll(desks);
  for (const desk of desks) await desk.startRules();
  await deliverAll(desks);
  return desks;
}

function switchTo(editor: LexicalEditor, lang: Lang): void {
  editor.update(() => $switchPrecedentLanguage(lang, (id, wanted) => precedentText(index, id, wanted)), { discrete: true });
}

const contentOf = (desk: SharedDraftClient) => desk.editor.getEditorState().read($projectDraftContent);
const textOf = (desk: SharedDraftClient) => desk.editor.getEditorState().read(() => $getRoot().getTextContent());

describe('switching the language of a shared draft', () => {
  it('two desks switching at once leave each precedent once, in the language chosen', async () => {
    const desks = await twoDesks();
    switchTo(desks[0]!.editor, 'en');
    switchTo(desks[1]!.editor, 'en');
    await deliverAll(desks);

    const [first, second] = desks.map(contentOf);
    expect(second).toEqual(first);
    const runs = first!.operative.flatMap((paragraph) => paragraph.runs).filter((run) => run.type === 'precedent');
    expect(runs.map((run) => [run.lang, run.text])).toEqual([
      ['en', ENGLISH_I22],
      ['en', ENGLISH_I23],
    ]);
    expect(citationRuleBreaches(first!)).toEqual([]);
  });

  it('a switch back to French while the other desk switches to English ends in one language, each text once', async () => {
    const desks = await twoDesks();
    switchTo(desks[0]!.editor, 'en');
    await deliverAll(desks);
    switchTo(desks[0]!.editor, 'fr');
    switchTo(desks[1]!.editor, 'fr');
    await deliverAll(desks);
    expect(textOf(desks[1]!)).toBe(textOf(desks[0]!));
    const runs = contentOf(desks[0]!).operative.flatMap((paragraph) => paragraph.runs).filter((run) => run.type === 'precedent');
    expect(runs.map((run) => run.lang)).toEqual(['fr', 'fr']);
    for (const run of runs) expect(run.type === 'precedent' && run.text).toBe(run.type === 'precedent' && run.sourceText);
  });
});
