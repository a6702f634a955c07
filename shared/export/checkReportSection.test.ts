import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { paragraphsOf, readDocxParts, runsOf } from '../../host/export/testing/readDocx';
import { createPrecedentChecker, type PrecedentChecker } from '../check/createPrecedentChecker';
import { formatCitation } from '../citation/formatCitation';
import { indexCorpus, type CorpusIndex } from '../corpus/corpusIndex';
import type { Paragraph } from '../corpus/model';
import type { DraftContent } from '../draft/model';
import { tokenizeWords } from '../text/normalizeWording';
import { buildDraftDocx, type ExportableDraft } from './buildDraftDocx';
import { checkedParagraphs, draftCheckReport } from './draftCheckReport';

let index: CorpusIndex;
let checker: PrecedentChecker;
let i22: Paragraph;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
  checker = createPrecedentChecker(index);
  const found = index.byCompendiumRef.get('A:I.22');
  if (!found?.text.fr) throw new Error('I.22 with its French text is in the corpus');
  i22 = found;
});

const INVENTED = 'Les délégations organisent chaque printemps un concours de poésie consacré aux phares, aux marées et aux oiseaux migrateurs.';
const ENGLISH = 'States parties should consider strengthening their legislation against the smuggling of migrants.';

/** I.22 with its third and third-from-last long words replaced, and the words replaced. */
function editedI22(): { text: string; replaced: [string, string]; by: [string, string] } {
  const original = i22.text.fr ?? '';
  const long = tokenizeWords(original).filter((token) => token.text.length >= 8);
  const [first, second] = [long[2], long[long.length - 3]];
  if (!first || !second) throw new Error('I.22 has too few long words');
  const text = `${original.slice(0, first.start)}militaires${original.slice(first.end, second.start)}spéciaux${original.slice(second.end)}`;
  return { text, replaced: [first.text, second.text], by: ['militaires', 'spéciaux'] };
}

function sampleDraft(): ExportableDraft {
  const original = i22.text.fr ?? '';
  const content: DraftContent = {
    preamble: [{ style: 'body', runs: [{ type: 'text', text: INVENTED }] }],
    operative: [
      { style: 'heading', runs: [{ type: 'text', text: 'Protection consulaire' }] },
      { style: 'body', runs: [{ type: 'precedent', paragraphId: i22.id, lang: 'fr', text: original, sourceText: original }, { type: 'citation', paragraphId: i22.id }] },
      { style: 'body', runs: [{ type: 'text', text: editedI22().text }] },
      { style: 'body', runs: [{ type: 'text', text: '  ' }] },
      { style: 'body', runs: [{ type: 'text', text: ENGLISH }] },
    ],
  };
  return { title: 'Projet', lang: 'fr', citationStyle: 'inline', content };
}

describe('draftCheckReport', () => {
  it('checks the paragraphs a delegate negotiates: headings, blank lines and citations are left out', () => {
    const paragraphs = checkedParagraphs(sampleDraft().content);
    expect(paragraphs.map((paragraph) => paragraph.section)).toEqual(['preamble', 'operative', 'operative', 'operative']);
    expect(paragraphs[1]?.text).toBe(i22.text.fr);
  });

  it('gives each paragraph its verdict and its position in its part, in draft order', () => {
    const report = draftCheckReport(checker, sampleDraft());
    expect(report.entries.map((entry) => [entry.section, entry.position, entry.check.verdict])).toEqual([
      ['preamble', 1, 'new'],
      ['operative', 1, 'verbatim'],
      ['operative', 2, 'modified'],
      ['operative', 3, 'no-precedents-in-language'],
    ]);
    expect(report.entries[2]?.check.precedents[0]?.paragraphId).toBe(i22.id);
  });
});

describe('the check report in the Word export', () => {
  async function exportWithReport() {
    const draft = sampleDraft();
    const bytes = await buildDraftDocx(index, draft, { checkReport: draftCheckReport(checker, draft) });
    const paragraphs = paragraphsOf((await readDocxParts(bytes)).document).filter((paragraph) => paragraph.text !== '');
    const start = paragraphs.findIndex((paragraph) => paragraph.text === 'Vérification des précédents');
    return { body: paragraphs.slice(0, start), annex: paragraphs.slice(start) };
  }

  it('adds an annex after the draft, on a new page, with one entry per checked paragraph and its verdict', async () => {
    const { body, annex } = await exportWithReport();
    expect(body.map((paragraph) => paragraph.style)).toContain('OperativeParagraph');
    expect(annex[0]?.style).toBe('AnnexHeading');
    expect(annex[0]?.xml).toContain('<w:pageBreakBefore/>');
    expect(annex[1]?.text).toContain('Paragraphes vérifiés\u00a0: 4');
    const headings = annex.filter((paragraph) => paragraph.style === 'SourceCitation').map((paragraph) => paragraph.text);
    expect(headings).toEqual([
      'Préambule, paragraphe 1 — Nouveau libellé — 0\u202f% de libellé convenu',
      'Dispositif, paragraphe 1 — Libellé convenu tel quel — 100\u202f% de libellé convenu',
      expect.stringMatching(/^Dispositif, paragraphe 2 — Libellé convenu modifié — 9\d\u202f% de libellé convenu$/),
      'Dispositif, paragraphe 3 — Aucun précédent dans cette langue',
    ]);
  });

  it('names the sources with their citations, and marks exactly the two changed words of the modified paragraph', async () => {
    const { annex } = await exportWithReport();
    const citation = formatCitation(index, [i22.id], 'fr', 'typographic');
    const entry = annex.findIndex((paragraph) => paragraph.text.startsWith('Dispositif, paragraphe 2'));
    const [intro, marked, sources] = annex.slice(entry + 1, entry + 4);
    expect(intro?.text).toContain(citation);
    const runs = runsOf(marked?.xml ?? '');
    const { replaced, by } = editedI22();
    expect(runs.filter((run) => run.xml.includes('<w:strike/>')).map((run) => run.text)).toEqual(replaced);
    expect(runs.filter((run) => run.xml.includes('<w:u w:val="single"/>')).map((run) => run.text)).toEqual(by);
    // Without the struck words, the marked paragraph reads as the delegate wrote it.
    const kept = runs.filter((run) => !run.xml.includes('<w:strike/>')).map((run) => run.text).join('');
    expect(kept.replace(/\s+/g, ' ')).toBe(editedI22().text);
    expect(sources?.text).toMatch(new RegExp(`^Sources\u00a0: ${citation.replace(/[.()]/g, '\\$&')} \\(I\\.22\\), similarité 9\\d\u202f%$`));
  });

  it('calls out a change of operative strength', async () => {
    const original = i22.text.fr ?? '';
    const draft: ExportableDraft = {
      title: 'Draft',
      lang: 'en',
      citationStyle: 'inline',
      content: { preamble: [], operative: [{ style: 'body', runs: [{ type: 'text', text: original.replace('devraient', 'voudront peut-être') }] }] },
    };
    const bytes = await buildDraftDocx(index, draft, { checkReport: draftCheckReport(checker, draft) });
    const texts = paragraphsOf((await readDocxParts(bytes)).document).map((paragraph) => paragraph.text);
    expect(texts).toContain('Operative strength weakened: “devraient” → “voudront peut-être”');
    expect(texts).toContain('Operative part, paragraph 1 — Modified agreed language — 97% agreed language');
  });

  it('adds no annex unless asked', async () => {
    const bytes = await buildDraftDocx(index, sampleDraft());
    expect(paragraphsOf((await readDocxParts(bytes)).document).map((paragraph) => paragraph.text)).not.toContain('Vérification des précédents');
  });
});
