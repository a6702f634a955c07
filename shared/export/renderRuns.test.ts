import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { paragraphsOf, readDocxParts, tableRowsOf } from '../../host/export/testing/readDocx';
import { indexCorpus, type CorpusIndex } from '../corpus/corpusIndex';
import { precedentText } from '../draft/precedentText';
import { buildDraftDocx, type ExportableDraft } from './buildDraftDocx';

// Recommendation V.2 of the compendium: "… les mesures suivantes :" then sub-items a) to f).
const WITH_SUB_ITEMS = 'CTOC/COP/WG.7/2018/3#8';

let index: CorpusIndex;
let quoted: string;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
  quoted = precedentText(index, WITH_SUB_ITEMS, 'fr') ?? '';
});

function draftQuotingSubItems(): ExportableDraft {
  return {
    title: 'Projet',
    lang: 'fr',
    citationStyle: 'footnote',
    content: {
      preamble: [],
      operative: [{ style: 'body', runs: [{ type: 'precedent', paragraphId: WITH_SUB_ITEMS, lang: 'fr', text: quoted, sourceText: quoted }, { type: 'citation', paragraphId: WITH_SUB_ITEMS }] }],
    },
  };
}

/** A paragraph's lines as Word shows them: its w:t texts, a w:br starting a new line. */
function linesOf(paragraphXml: string): string[] {
  const lines = [''];
  for (const [, br, text] of paragraphXml.matchAll(/(<w:br\/>)|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)) {
    if (br) lines.push('');
    else lines[lines.length - 1] += (text ?? '').replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  }
  return lines;
}

describe('agreed language with sub-items', () => {
  it('is one operative paragraph with each sub-item on a line of its own (a line break, not a new paragraph)', async () => {
    const lines = quoted.split('\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[1]).toMatch(/^a\) /);
    const parts = await readDocxParts(await buildDraftDocx(index, draftQuotingSubItems()));
    const operative = paragraphsOf(parts.document).filter((paragraph) => paragraph.style === 'OperativeParagraph');
    expect(operative).toHaveLength(1);
    expect(linesOf(operative[0]?.xml ?? '')).toEqual(lines);
  });

  it('keeps its line breaks in the bilingual table and reads back with mammoth as <br />', async () => {
    const bytes = await buildDraftDocx(index, draftQuotingSubItems(), { bilingual: true });
    const [, row] = tableRowsOf((await readDocxParts(bytes)).document);
    expect(linesOf(row?.[0] ?? '')).toEqual(quoted.split('\n'));
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(await buildDraftDocx(index, draftQuotingSubItems())) });
    const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    // The footnote call goes before the closing full stop.
    expect(quoted.endsWith('.')).toBe(true);
    expect(html).toContain(`${escaped(quoted.slice(0, -1)).split('\n').join('<br />')}<sup>`);
  });
});
