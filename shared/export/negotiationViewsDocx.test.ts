import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { footnoteReferencesOf, footnotesOf, paragraphsOf, readDocxParts, runsOf, tableRowsOf, textOf, type DocxParts } from '../../host/export/testing/readDocx';
import { AGREED_25, AGREED_26, sampleNegotiatingDraft } from '../../host/export/testing/sampleNegotiatingDraft';
import { formatCitation } from '../citation/formatCitation';
import { indexCorpus, type CorpusIndex } from '../corpus/corpusIndex';
import type { DraftContent } from '../draft/model';
import { buildDraftDocx, type DraftDocxOptions } from './buildDraftDocx';

let index: CorpusIndex;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
});

async function exportView(options: DraftDocxOptions, content?: DraftContent): Promise<DocxParts> {
  const draft = sampleNegotiatingDraft(index);
  return readDocxParts(await buildDraftDocx(index, content ? { ...draft, content } : draft, options));
}

function paragraphStarting(parts: DocxParts, start: string) {
  const paragraph = paragraphsOf(parts.document).find((candidate) => candidate.text.startsWith(start));
  if (!paragraph) throw new Error(`No paragraph starts with "${start}"`);
  return paragraph;
}

/** The character style of the run holding exactly `text`. */
function runStyle(xml: string, text: string): string | null {
  const run = runsOf(xml).find((candidate) => candidate.text === text);
  if (!run) throw new Error(`No run holds "${text}"`);
  return /<w:rStyle w:val="([^"]+)"\/>/.exec(run.xml)?.[1] ?? null;
}

function styleXml(parts: DocxParts, id: string): string {
  return new RegExp(`<w:style [^>]*w:styleId="${id}">.*?</w:style>`, 's').exec(parts.styles)?.[0] ?? '';
}

/** The note each footnote call of `xml` points to, in order. */
function notesCalledIn(parts: DocxParts, xml: string): string[] {
  const notes = footnotesOf(parts.footnotes);
  return footnoteReferencesOf(xml).map((id) => notes.get(id) ?? '');
}

const cite = (id: string, lang: 'fr' | 'en' = 'fr') => formatCitation(index, [id], lang, 'typographic');

describe('the bracketed view in Word', () => {
  it('leads each paragraph with its label, sponsors and status, and brackets every proposal in the view’s own style', async () => {
    const parts = await exportView({ view: 'bracketed' });
    const op1 = paragraphStarting(parts, 'OP1');
    expect(op1.style).toBe('LabelledParagraph');
    expect(op1.text).toBe(
      'OP1 [convenu ad ref.]Les États parties devraient [UE\u00a0: renforcer [encore] (à revoir) la coopération] [Mexique, suppr.\u00a0: rapidement].',
    );
    expect(runStyle(op1.xml, 'OP1')).toBe('ParagraphLabel');
    expect(runStyle(op1.xml, ' [convenu ad ref.]')).toBe('NegotiationMark');
    expect(runStyle(op1.xml, 'UE\u00a0: ')).toBe('NegotiationMark');
    expect(runsOf(op1.xml).filter((run) => run.text === '[' || run.text === ']').every((run) => run.xml.includes('<w:rStyle w:val="NegotiationMark"/>'))).toBe(true);
    expect(runStyle(op1.xml, ' (à revoir)')).toBe('NegotiationNote');
    expect(runStyle(op1.xml, 'rapidement')).toBe('ProposedDeletion');
    expect(runStyle(op1.xml, 'Les États parties devraient ')).toBeNull();
    expect(runsOf(op1.xml).find((run) => run.text === 'Les États parties devraient ')?.xml).toContain('<w:lang w:val="fr-FR"/>');
    expect(styleXml(parts, 'NegotiationMark')).toContain('<w:b/>');

    const op2 = paragraphStarting(parts, 'OP2 Alt 1');
    expect(op2.text).toBe('OP2 Alt 1Les États [Alt 1\u00a0: devraient][Alt 2 (Mexique)\u00a0: doivent] agir [G77, ajout\u00a0: sans délai].');
    expect(runStyle(op2.xml, 'sans délai')).toBe('ProposedInsertion');
  });

  it('strikes proposed deletions twice through a style, unlike the single direct strike of modified agreed language', async () => {
    const parts = await exportView({ view: 'bracketed', changes: 'marked' });
    expect(styleXml(parts, 'ProposedDeletion')).toContain('<w:dstrike/>');
    expect(styleXml(parts, 'ProposedInsertion')).toContain('<w:u w:val="double"/>');
    const op3 = paragraphStarting(parts, 'OP3');
    const struck = runsOf(op3.xml).find((run) => run.xml.includes('<w:strike/>'));
    expect(struck?.text).toBe('sont encouragés à');
    expect(struck?.xml).not.toContain('rStyle');
    expect(runsOf(op3.xml).find((run) => run.text === 'doivent')?.xml).toContain('<w:u w:val="single"/>');
    expect(notesCalledIn(parts, op3.xml)).toEqual([cite(AGREED_26)]);
  });

  it('keeps the citation of a paragraph alternative on the agreed language it quotes, as a footnote of that paragraph', async () => {
    const parts = await exportView({ view: 'bracketed' });
    const alternative = paragraphStarting(parts, 'OP2 Alt 2');
    expect(runStyle(alternative.xml, ' (Mexique)')).toBe('NegotiationMark');
    expect(alternative.text).toBe(`OP2 Alt 2 (Mexique)${index.paragraphs.get(AGREED_25)?.text.fr}`);
    expect(notesCalledIn(parts, alternative.xml)).toEqual([cite(AGREED_25)]);
    // French typography: the call before the closing full stop.
    expect(textOf(alternative.xml.split('<w:footnoteReference')[1] ?? '')).toBe('.');
    expect(footnoteReferencesOf(paragraphStarting(parts, 'OP1').xml)).toEqual([]);
  });

  it('writes the view’s words and citations in the language asked for, the delegate’s words in the draft’s', async () => {
    const parts = await exportView({ view: 'bracketed', lang: 'en' });
    const op1 = paragraphStarting(parts, 'OP1');
    expect(op1.text).toContain('[Mexique, del.: rapidement]');
    expect(op1.text).toContain(' [agreed ad ref.]');
    expect(runsOf(op1.xml).find((run) => run.text === 'Mexique, del.: ')?.xml).toContain('<w:lang w:val="en-GB"/>');
    expect(runsOf(op1.xml).find((run) => run.text === 'Les États parties devraient ')?.xml).toContain('<w:lang w:val="fr-FR"/>');
    expect(notesCalledIn(parts, paragraphStarting(parts, 'OP2 Alt 2').xml)).toEqual([cite(AGREED_25, 'en')]);
  });
});

describe('the compilation table in Word', () => {
  it('has one row a paragraph: label | text and proposals | sponsors | status, under a heading row repeated on each page', async () => {
    const parts = await exportView({ view: 'compilation' });
    const [header, ...rows] = tableRowsOf(parts.document);
    // Word repeats the rows marked as table headers at the top of each page: the first row only.
    expect(parts.document.match(/<w:tr>\s*<w:trPr>(?:(?!<\/w:trPr>).)*<w:tblHeader\/>/gs)).toHaveLength(1);
    expect(header?.map(textOf)).toEqual(['Paragraphe', 'Texte et propositions', 'Auteurs', 'État']);
    expect(rows.map((row) => textOf(row[0] ?? ''))).toEqual(['PP1', 'OP1', 'OP2 Alt 1', 'OP2 Alt 2', 'OP3']);
    const op1 = rows[1]!.map(textOf);
    expect(op1.slice(2)).toEqual(['UE, Mexique', 'convenu ad ref. (2026-06-02, Première lecture)']);
    expect(op1[1]).toContain('[UE\u00a0: renforcer [encore] (à revoir) la coopération]');
    expect(runStyle(rows[1]![1]!, 'rapidement')).toBe('ProposedDeletion');
    const alternative = rows[3]!;
    expect(textOf(alternative[2] ?? '')).toBe('Mexique');
    expect(notesCalledIn(parts, alternative[1] ?? '')).toEqual([cite(AGREED_25)]);
  });
});

describe('citations inline', () => {
  it('follow the agreed language they cite, in its cell of the compilation table', async () => {
    const parts = await exportView({ view: 'compilation', citationStyle: 'inline' });
    expect(footnoteReferencesOf(parts.document)).toEqual([]);
    const alternative = tableRowsOf(parts.document)[4]!;
    expect(textOf(alternative[1] ?? '')).toMatch(/relatif aux migrants\. \(CTOC\/COP\/WG\.7\/2012\/6, par\.\u00a025\)$/u);
  });
});

describe('the clean text in Word', () => {
  it('has no brackets, labels or proposals, and numbers operative paragraphs afresh through the style', async () => {
    const parts = await exportView({ view: 'clean' });
    const body = paragraphsOf(parts.document).filter((paragraph) => paragraph.text !== '');
    expect(body.map((paragraph) => paragraph.style)).toEqual(['Title', 'PreambularParagraph', 'OperativeParagraph', 'OperativeParagraph', 'OperativeParagraph']);
    expect(body[2]?.text).toBe('Les États parties devraient renforcer encore la coopération rapidement.');
    expect(body[3]?.text).toBe('Les États devraient agir sans délai.');
    expect(textOf(parts.document)).not.toMatch(/[[\]]|OP\d|Alt \d/u);
    expect(notesCalledIn(parts, parts.document)).toEqual([cite(AGREED_26)]);
  });

  it('reads with the delegate’s positions: the deletion taken, the insertion refused, Alt 2 kept with its footnote', async () => {
    const content = sampleNegotiatingDraft(index).content;
    content.negotiation!.choices = { marks: { d1: 'remove', i1: 'remove' }, alternatives: { 'operative:2.0': 2 } };
    const parts = await exportView({ view: 'clean' }, content);
    const operative = paragraphsOf(parts.document).filter((paragraph) => paragraph.style === 'OperativeParagraph');
    expect(operative.map((paragraph) => paragraph.text)).toEqual([
      'Les États parties devraient renforcer encore la coopération.',
      index.paragraphs.get(AGREED_25)?.text.fr,
      index.paragraphs.get(AGREED_26)?.text.fr?.replace('sont encouragés à améliorer', 'doivent améliorer'),
    ]);
    expect(notesCalledIn(parts, operative[1]!.xml)).toEqual([cite(AGREED_25)]);
  });
});

describe('which view an export shows', () => {
  it('shows a negotiated draft bracketed by default, and its clean text in the bilingual table', async () => {
    expect(paragraphsOf((await exportView({})).document).some((paragraph) => paragraph.style === 'LabelledParagraph')).toBe(true);
    const bilingual = await exportView({ bilingual: true });
    expect(textOf(bilingual.document)).toContain('Les États devraient agir sans délai.');
    // The table's own notes ("[No English version available]") remain; no proposal's bracket does.
    expect(textOf(bilingual.document)).not.toMatch(/\[(UE|Alt|Mexique|G77)|suppr\.|convenu/u);
  });

  it('exports a draft whose paragraphs only carry labels exactly as one without them', async () => {
    const labelled = sampleNegotiatingDraft(index).content;
    const plain = (keepLabels: boolean): DraftContent => ({
      preamble: labelled.preamble,
      operative: labelled.operative
        .filter((paragraph) => paragraph.negotiation?.alternative?.index !== 2)
        .map(({ negotiation, runs, ...paragraph }) => ({
          ...paragraph,
          runs: runs.map(({ marks: _marks, ...run }) => run),
          ...(keepLabels && negotiation?.label ? { negotiation: { label: negotiation.label } } : {}),
        })),
    });
    const [withLabels, without] = await Promise.all([exportView({}, plain(true)), exportView({}, plain(false))]);
    expect(withLabels.document).toBe(without.document);
    expect(withLabels.styles).toBe(without.styles);
    expect(withLabels.styles).not.toContain('LabelledParagraph');
  });
});
