import { $createTextNode } from 'lexical';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { formatCitation } from '../../shared/citation/formatCitation';
import { type CorpusIndex, indexCorpus } from '../../shared/corpus/corpusIndex';
import { precedentText } from '../../shared/draft/precedentText';
import { confirmImport } from '../../shared/import/confirmImport';
import { englishReportFixture } from '../../shared/import/fixtures/englishReportFixture';
import { fixtureAsDocx } from '../../shared/import/fixtures/renderFixture';
import { importFile } from '../../shared/import/importFile';
import { mergeLibrary } from '../../shared/import/mergeLibrary';
import { $getDraftSection } from '../editor/draftStructure';
import { $switchPrecedentLanguage } from '../editor/switchPrecedentLanguage';
import { $precedentNodes, $quote, draftEditor, update } from '../editor/testing/draftTestEditor';

const PARAGRAPH = 'CTOC/COP/WG.7/2012/6#6';
let index: CorpusIndex;

beforeAll(async () => {
  const draft = await importFile({ name: 'fixture-en.docx', bytes: await fixtureAsDocx(englishReportFixture()) });
  const document = { ...confirmImport(draft, draft.metadata, draft.paragraphs), libraryId: 'en', importedAt: '2026-11-20T10:00:00.000Z' };
  index = indexCorpus(mergeLibrary(await loadBundledCorpus(), { documents: [document], metadata: [] }));
});

describe('a draft quoting a bundled French paragraph, once its English version is imported', () => {
  it('switches to the imported English text, cited in English', () => {
    const editor = draftEditor(() => {
      $quote(index, [PARAGRAPH]);
      $getDraftSection('operative').append($createTextNode(' '));
    });
    const report = update(editor, () => $switchPrecedentLanguage('en', (id, lang) => precedentText(index, id, lang)));
    expect(report).toEqual({ switched: 1, missing: 0, modified: 0 });
    const text = editor.getEditorState().read(() => $precedentNodes()[0]!.getTextContent());
    expect(text).toBe(index.paragraphs.get(PARAGRAPH)!.text.en);
    expect(text).toContain('distinct crimes');
    expect(formatCitation(index, [PARAGRAPH], 'en')).toBe('CTOC/COP/WG.7/2012/6, para. 6');
  });
});
