import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { footnoteReferencesOf, footnotesOf, paragraphsOf, readDocxParts, runsOf, styleIdsOf, tableRowsOf, textOf } from '../../host/export/testing/readDocx';
import { formatCitation } from '../citation/formatCitation';
import { indexCorpus, type CorpusIndex } from '../corpus/corpusIndex';
import type { Lang } from '../corpus/model';
import type { DraftParagraph } from '../draft/model';
import { buildDraftDocx, type DraftDocxOptions, type ExportableDraft } from './buildDraftDocx';

const RECOMMENDATION_25 = 'CTOC/COP/WG.7/2012/6#25';
const RECOMMENDATION_26 = 'CTOC/COP/WG.7/2012/6#26';
const PREAMBULAR = 'CTOC/COP/2012/15#al.5';

let index: CorpusIndex;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
});

function frenchText(id: string): string {
  const text = index.paragraphs.get(id)?.text.fr;
  if (text === undefined) throw new Error(`The corpus has no French text for ${id}`);
  return text;
}

/** A French draft: a typed and a quoted preambular paragraph, then operative paragraphs around a heading. */
function sampleDraft(lang: Lang = 'fr'): ExportableDraft {
  const preamble: DraftParagraph[] = [
    { style: 'body', runs: [{ type: 'text', text: 'Rappelant', italic: true }, { type: 'text', text: ' le Protocole contre le trafic illicite de migrants,' }] },
    { style: 'body', runs: [{ type: 'precedent', paragraphId: PREAMBULAR, lang: 'fr', text: frenchText(PREAMBULAR), sourceText: frenchText(PREAMBULAR) }, { type: 'citation', paragraphId: PREAMBULAR }] },
  ];
  const operative: DraftParagraph[] = [
    { style: 'body', runs: [{ type: 'precedent', paragraphId: RECOMMENDATION_25, lang: 'fr', text: frenchText(RECOMMENDATION_25), sourceText: frenchText(RECOMMENDATION_25) }, { type: 'citation', paragraphId: RECOMMENDATION_25 }] },
    { style: 'heading', runs: [{ type: 'text', text: 'Coopération internationale' }] },
    { style: 'body', runs: [{ type: 'text', text: '   ' }] },
    {
      style: 'body',
      runs: [
        { type: 'text', text: 'Souligne', bold: true },
        { type: 'text', text: ' que ' },
        { type: 'precedent', paragraphId: RECOMMENDATION_26, lang: 'fr', text: frenchText(RECOMMENDATION_26), sourceText: frenchText(RECOMMENDATION_26) },
        { type: 'citation', paragraphId: RECOMMENDATION_26 },
        { type: 'text', text: ' ; voir aussi' },
        { type: 'citation', paragraphId: RECOMMENDATION_25 },
      ],
    },
  ];
  return { title: 'Projet de recommandations sur la coopération', lang, citationStyle: 'footnote', content: { preamble, operative } };
}

async function exportDraft(draft: ExportableDraft, options: DraftDocxOptions = {}) {
  const bytes = await buildDraftDocx(index, draft, options);
  return { bytes, parts: await readDocxParts(bytes) };
}

function bodyParagraphs(documentXml: string) {
  return paragraphsOf(documentXml).filter((paragraph) => paragraph.text !== '');
}

describe('buildDraftDocx', () => {
  it('writes the title, the unnumbered preamble, then the operative part in draft order, each paragraph in a named style', async () => {
    const { parts } = await exportDraft(sampleDraft());
    const paragraphs = bodyParagraphs(parts.document);
    expect(paragraphs.map((paragraph) => paragraph.style)).toEqual([
      'Title',
      'PreambularParagraph',
      'PreambularParagraph',
      'OperativeParagraph',
      'DraftHeading',
      'OperativeParagraph',
    ]);
    expect(paragraphs[0]?.text).toBe('Projet de recommandations sur la coopération');
    expect(paragraphs[1]?.text).toBe('Rappelant le Protocole contre le trafic illicite de migrants,');
    expect(paragraphs[2]?.text).toBe(frenchText(PREAMBULAR));
    expect(paragraphs[3]?.text).toBe(frenchText(RECOMMENDATION_25));
    expect(paragraphs[5]?.text).toBe(`Souligne que ${frenchText(RECOMMENDATION_26)} ; voir aussi`);
    // The blank paragraph would have taken an operative number: it is left out.
    expect(paragraphsOf(parts.document).filter((paragraph) => paragraph.style === 'OperativeParagraph')).toHaveLength(2);
  });

  it('numbers operative paragraphs with Word numbering through their style, and only them', async () => {
    const { parts } = await exportDraft(sampleDraft());
    const styleXml = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}">.*?</w:style>`, 's').exec(parts.styles)?.[0] ?? '';
    const numId = /<w:numId w:val="(\d+)"\/>/.exec(styleXml('OperativeParagraph'))?.[1];
    expect(numId).toBeDefined();
    const abstractId = new RegExp(`<w:num w:numId="${numId}">\\s*<w:abstractNumId w:val="(\\d+)"/>`).exec(parts.numbering)?.[1];
    const abstract = new RegExp(`<w:abstractNum w:abstractNumId="${abstractId}".*?</w:abstractNum>`, 's').exec(parts.numbering)?.[0] ?? '';
    expect(abstract).toContain('<w:numFmt w:val="decimal"/>');
    expect(abstract).toContain('<w:lvlText w:val="%1."/>');
    for (const unnumbered of ['PreambularParagraph', 'DraftHeading', 'Title']) expect(styleXml(unnumbered)).not.toContain('<w:numPr>');
  });

  it('keeps bold and italic runs', async () => {
    const { parts } = await exportDraft(sampleDraft());
    const runs = runsOf(parts.document);
    expect(runs.find((run) => run.text === 'Rappelant')?.xml).toContain('<w:i/>');
    expect(runs.find((run) => run.text === 'Souligne')?.xml).toContain('<w:b/>');
    expect(runs.find((run) => run.text === ' que ')?.xml).not.toMatch(/<w:[bi]\/>/);
  });

  it('makes each citation a real footnote with the French citation, in document order', async () => {
    const { parts } = await exportDraft(sampleDraft());
    const references = footnoteReferencesOf(parts.document);
    // The citation typed after "voir aussi" follows no agreed language: the citation rule leaves it out.
    expect(references).toEqual([1, 2, 3]);
    const notes = footnotesOf(parts.footnotes);
    expect(notes.get(2)).toBe('CTOC/COP/WG.7/2012/6, par.\u00a025');
    expect([...notes.values()]).toEqual([PREAMBULAR, RECOMMENDATION_25, RECOMMENDATION_26].map((id) => formatCitation(index, [id], 'fr', 'typographic')));
    expect(paragraphsOf(parts.footnotes).filter((paragraph) => paragraph.text !== '').every((paragraph) => paragraph.style === 'FootnoteText')).toBe(true);
  });

  it('places the footnote call before the closing punctuation in French, after it in English', async () => {
    expect(frenchText(RECOMMENDATION_25).endsWith('.')).toBe(true);
    const afterCall = async (lang: Lang) => {
      const { parts } = await exportDraft(sampleDraft(lang));
      const paragraph = bodyParagraphs(parts.document).find((candidate) => candidate.style === 'OperativeParagraph');
      // The English draft quotes the French text for want of an English version, and says so.
      expect(paragraph?.text).toBe(`${frenchText(RECOMMENDATION_25)}${lang === 'en' ? ' [No English version available]' : ''}`);
      return textOf(paragraph?.xml.split('<w:footnoteReference')[1] ?? '');
    };
    expect(await afterCall('fr')).toBe('.');
    expect(await afterCall('en')).toBe('');
  });

  it('writes citations inline in parentheses when asked, spaced from the text before', async () => {
    const { parts } = await exportDraft(sampleDraft(), { citationStyle: 'inline' });
    expect(footnoteReferencesOf(parts.document)).toEqual([]);
    const operative = bodyParagraphs(parts.document).filter((paragraph) => paragraph.style === 'OperativeParagraph');
    expect(operative[0]?.text).toBe(`${frenchText(RECOMMENDATION_25)} (CTOC/COP/WG.7/2012/6, par.\u00a025)`);
    expect(operative[1]?.text).toBe(`Souligne que ${frenchText(RECOMMENDATION_26)} (${formatCitation(index, [RECOMMENDATION_26], 'fr', 'typographic')}) ; voir aussi`);
  });

  it("tags every run with the draft's language, in the body and the footnotes", async () => {
    for (const [lang, tag] of [['fr', 'fr-FR'], ['en', 'en-GB']] as const) {
      const { parts } = await exportDraft(sampleDraft(lang), { sourcesAnnex: true });
      const textRuns = [...runsOf(parts.document), ...runsOf(parts.footnotes)].filter((run) => run.text !== '');
      expect(textRuns.length).toBeGreaterThan(10);
      const untagged = textRuns.filter((run) => !run.xml.includes('<w:lang w:val='));
      expect(untagged).toEqual([]);
      expect(parts.styles).toContain(`<w:lang w:val="${tag}"/>`);
      // An English draft quoting French agreed language tags that quotation French.
      const quoted = runsOf(parts.document).filter((run) => run.text === frenchText(RECOMMENDATION_25));
      expect(quoted.length).toBeGreaterThan(0);
      for (const run of quoted) expect(run.xml).toContain('<w:lang w:val="fr-FR"/>');
      for (const run of runsOf(parts.footnotes).filter((run) => run.text !== '')) expect(run.xml).toContain(`<w:lang w:val="${tag}"/>`);
    }
  });

  it('cites in English in an English draft', async () => {
    const { parts } = await exportDraft(sampleDraft('en'));
    expect(footnotesOf(parts.footnotes).get(2)).toBe('CTOC/COP/WG.7/2012/6, para. 25');
  });

  it('marks, in an English draft, agreed language quoted in French for want of an English version, and nothing in a French draft', async () => {
    const quoted = (paragraphs: { text: string }[]) => paragraphs.find((paragraph) => paragraph.text.startsWith(frenchText(RECOMMENDATION_25)))?.text;
    const english = bodyParagraphs((await exportDraft(sampleDraft('en'))).parts.document);
    expect(quoted(english)).toBe(`${frenchText(RECOMMENDATION_25)} [No English version available]`);
    const french = bodyParagraphs((await exportDraft(sampleDraft('fr'))).parts.document);
    expect(quoted(french)).toBe(frenchText(RECOMMENDATION_25));
  });

  it('defines the named styles a delegation restyles', async () => {
    const { parts } = await exportDraft(sampleDraft(), { sourcesAnnex: true });
    expect(styleIdsOf(parts.styles)).toEqual(
      expect.arrayContaining(['Title', 'PreambularParagraph', 'OperativeParagraph', 'DraftHeading', 'FootnoteText', 'FootnoteReference', 'AnnexHeading', 'SourceCitation', 'SourceText']),
    );
    expect(parts.styles).toContain('<w:name w:val="Operative Paragraph"/>');
  });

  it('reads back with mammoth: text in order, footnotes and style names', async () => {
    const { bytes } = await exportDraft(sampleDraft());
    const buffer = Buffer.from(bytes);
    const { value: text } = await mammoth.extractRawText({ buffer });
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    expect(lines[0]).toBe('Projet de recommandations sur la coopération');
    expect(lines.indexOf(frenchText(RECOMMENDATION_25))).toBeGreaterThan(lines.indexOf(frenchText(PREAMBULAR)));
    const html = await mammoth.convertToHtml({ buffer });
    expect(html.value).toContain('<li id="footnote-2"><p> CTOC/COP/WG.7/2012/6, par.\u00a025 ');
    expect(html.messages.map((message) => message.message).join('\n')).toContain("'Operative Paragraph'");
  });

  it('adds a Sources annex listing each cited paragraph once, with its citation and verbatim text', async () => {
    const { parts } = await exportDraft(sampleDraft(), { sourcesAnnex: true });
    const paragraphs = bodyParagraphs(parts.document);
    const heading = paragraphs.findIndex((paragraph) => paragraph.style === 'AnnexHeading');
    expect(paragraphs[heading]?.text).toBe('Sources');
    expect(paragraphs[heading]?.xml).toContain('<w:pageBreakBefore/>');
    const annex = paragraphs.slice(heading + 1);
    expect(annex.map((paragraph) => [paragraph.style, paragraph.text])).toEqual(
      [PREAMBULAR, RECOMMENDATION_25, RECOMMENDATION_26].flatMap((id) => [
        ['SourceCitation', formatCitation(index, [id], 'fr', 'typographic')],
        ['SourceText', frenchText(id)],
      ]),
    );
  });

  it('says so in the annex when the corpus has no version in the draft language, and quotes the other one as such', async () => {
    const { parts } = await exportDraft(sampleDraft('en'), { sourcesAnnex: true });
    const paragraphs = bodyParagraphs(parts.document);
    const annex = paragraphs.slice(paragraphs.findIndex((paragraph) => paragraph.style === 'AnnexHeading') + 1);
    const entry = annex.findIndex((paragraph) => paragraph.text === 'CTOC/COP/WG.7/2012/6, para. 25');
    expect(annex[entry + 1]?.text).toBe('No English version available. French text:');
    expect(annex[entry + 2]?.text).toBe(frenchText(RECOMMENDATION_25));
    expect(runsOf(annex[entry + 2]?.xml ?? '').every((run) => run.xml.includes('<w:lang w:val="fr-FR"/>'))).toBe(true);
  });

  it('exports modified agreed language clean, or with deleted words struck through and added words underlined', async () => {
    const source = frenchText(RECOMMENDATION_25);
    const words = source.split(' ');
    const removed = words[2] ?? '';
    const modified = [...words.slice(0, 2), ...words.slice(3), 'sans délai'].join(' ');
    const draft = sampleDraft();
    draft.content.operative[0] = {
      style: 'body',
      runs: [{ type: 'precedent', paragraphId: RECOMMENDATION_25, lang: 'fr', text: modified, sourceText: source }],
    };

    const clean = await exportDraft(draft, { changes: 'clean' });
    const cleanParagraph = bodyParagraphs(clean.parts.document).find((paragraph) => paragraph.style === 'OperativeParagraph');
    expect(cleanParagraph?.text).toBe(modified);
    expect(cleanParagraph?.xml).not.toMatch(/<w:strike\/>|<w:u /);

    const marked = await exportDraft(draft, { changes: 'marked' });
    const runs = runsOf(marked.parts.document);
    const struck = runs.filter((run) => run.xml.includes('<w:strike/>')).map((run) => run.text.trim());
    const underlined = runs.filter((run) => run.xml.includes('<w:u w:val="single"/>')).map((run) => run.text.trim());
    expect(struck).toEqual([removed]);
    expect(underlined).toEqual(['sans délai']);
    const markedParagraph = bodyParagraphs(marked.parts.document).find((paragraph) => paragraph.style === 'OperativeParagraph');
    const withoutRemoved = runsOf(markedParagraph?.xml ?? '').filter((run) => !run.xml.includes('<w:strike/>')).map((run) => run.text).join('');
    expect(withoutRemoved).toBe(modified);
  });

  it('exports a bilingual two-column table, one row per paragraph, French | English', async () => {
    const { parts } = await exportDraft(sampleDraft(), { bilingual: true });
    const rows = tableRowsOf(parts.document);
    expect(rows.map((cells) => cells.length)).toEqual(Array(6).fill(2));
    expect(rows[0]?.map(textOf)).toEqual(['Français', 'English']);
    expect(/<w:tblHeader\/>/.test(parts.document)).toBe(true);

    const [, typed, quoted, operative] = rows;
    expect(textOf(typed?.[0] ?? '')).toBe('Rappelant le Protocole contre le trafic illicite de migrants,');
    expect(textOf(typed?.[1] ?? '')).toBe('[text typed in French, not translated]');
    // The corpus holds these texts in French only: the English cell says so, the citation is English.
    expect(textOf(quoted?.[0] ?? '')).toBe(frenchText(PREAMBULAR));
    expect(textOf(operative?.[1] ?? '')).toBe('[No English version available]');
    const notes = footnotesOf(parts.footnotes);
    const [frenchNote, englishNote] = (operative ?? []).map((cell) => notes.get(footnoteReferencesOf(cell)[0] ?? 0));
    expect(frenchNote).toBe('CTOC/COP/WG.7/2012/6, par.\u00a025');
    expect(englishNote).toBe('CTOC/COP/WG.7/2012/6, para. 25');

    for (const [column, tag] of [[0, 'fr-FR'], [1, 'en-GB']] as const) {
      const cellRuns = rows.slice(1).flatMap((cells) => runsOf(cells[column] ?? '')).filter((run) => run.text !== '');
      expect(cellRuns.every((run) => run.xml.includes(`<w:lang w:val="${tag}"/>`))).toBe(true);
    }
    // Each column numbers its operative paragraphs from 1: two different lists.
    const numIds = (operative ?? []).map((cell) => /<w:numId w:val="(\d+)"\/>/.exec(cell)?.[1]);
    expect(numIds[0]).toBeDefined();
    expect(numIds[1]).toBeDefined();
    expect(numIds[0]).not.toBe(numIds[1]);
  });

  it("fills the bilingual table's other column from the corpus by paragraph id, never from the draft's words", async () => {
    const english = 'States parties should strengthen cooperation.';
    const draft: ExportableDraft = {
      title: 'Draft recommendations',
      lang: 'en',
      citationStyle: 'inline',
      content: {
        preamble: [],
        operative: [
          {
            style: 'body',
            runs: [
              { type: 'text', text: 'Stresses that ' },
              { type: 'precedent', paragraphId: RECOMMENDATION_25, lang: 'en', text: english, sourceText: english },
              { type: 'citation', paragraphId: RECOMMENDATION_25 },
            ],
          },
        ],
      },
    };
    const { parts } = await exportDraft(draft, { bilingual: true });
    const [, row] = tableRowsOf(parts.document);
    expect(textOf(row?.[0] ?? '')).toBe(`[texte saisi en anglais, non traduit] ${frenchText(RECOMMENDATION_25)} (CTOC/COP/WG.7/2012/6, par.\u00a025)`);
    expect(textOf(row?.[1] ?? '')).toBe(`Stresses that ${english} (CTOC/COP/WG.7/2012/6, para. 25)`);
  });

  it('exports a draft citing a paragraph the library no longer has, and says so in the footnote', async () => {
    const draft = sampleDraft();
    const removed = 'CTOC/COP/WG.7/1999/1#1';
    draft.content.operative.push({
      style: 'body',
      runs: [
        { type: 'precedent', paragraphId: removed, lang: 'fr', text: 'Texte ancien', sourceText: 'Texte ancien' },
        { type: 'citation', paragraphId: removed },
      ],
    });
    const { parts } = await exportDraft(draft);
    expect([...footnotesOf(parts.footnotes).values()].at(-1)).toBe('[paragraphe introuvable dans la bibliothèque\u00a0: CTOC/COP/WG.7/1999/1#1]');
  });
});
