import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { sampleExportDraft } from '../../host/export/testing/sampleExportDraft';
import { createPrecedentChecker, type PrecedentChecker } from '../check/createPrecedentChecker';
import { indexCorpus, type CorpusIndex } from '../corpus/corpusIndex';
import { buildSampleWordDocument, SAMPLE_CHANGE_AUTHOR, SAMPLE_COMMENT_AUTHOR, SAMPLE_NEW_TEXT } from '../docx/testing/sampleWordDocument';
import { citationRuleBreaches } from '../draft/citationRule';
import type { DraftParagraph, DraftRun } from '../draft/model';
import { buildDraftDocx } from '../export/buildDraftDocx';
import type { ExportableDraft } from '../export/buildDraftDocx';
import { readWordDraft } from './readWordDraft';
import { appendParagraph, appendToParagraph, changeWordInControl, deletion, editDocument, insertion, insertIntoControl, removeControl, run } from './testing/editDocx';

let index: CorpusIndex;
let checker: PrecedentChecker;
let draft: ExportableDraft;
let exported: Uint8Array;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
  checker = createPrecedentChecker(index);
  draft = sampleExportDraft(index, 6);
  exported = await buildDraftDocx(index, draft);
});

const open = (bytes: Uint8Array) => readWordDraft(bytes, { index, checker, fileName: 'Projet.docx' });
const precedentsOf = (paragraph: DraftParagraph | undefined) => (paragraph?.runs ?? []).filter((each): each is Extract<DraftRun, { type: 'precedent' }> => each.type === 'precedent');
const textOf = (paragraph: DraftParagraph | undefined) => (paragraph?.runs ?? []).map((each) => (each.type === 'citation' ? '' : each.text)).join('');
const operativeBody = (paragraphs: DraftParagraph[]) => paragraphs.filter((paragraph) => paragraph.style === 'body');

describe('an exported draft opened back', () => {
  it('is the same draft when nothing was edited: every precedent from its control, verbatim or modified as exported', async () => {
    const opened = await open(exported);
    expect(opened.content).toEqual(draft.content);
    expect(opened.title).toBe(draft.title);
    expect(opened.citationStyle).toBe('footnote');
    expect(opened.summary.precedents.map((found) => [found.origin, found.verdict, found.changedInWord])).toEqual([
      ['control', 'verbatim', false],
      ['control', 'verbatim', false],
      ['control', 'verbatim', false],
      ['control', 'verbatim', false],
      ['control', 'modified', false],
      ['control', 'verbatim', false],
    ]);
    expect(opened.summary.orphaned).toEqual([]);
    expect(citationRuleBreaches(opened.content)).toEqual([]);
  });

  it('keeps lists numbered or bulleted, at their levels', async () => {
    const item = (kind: 'bullet' | 'number', level: number, text: string): DraftParagraph => ({ style: 'body', list: { kind, level }, runs: [{ type: 'text', text }] });
    const withLists: ExportableDraft = {
      ...draft,
      content: {
        ...draft.content,
        operative: [...draft.content.operative, item('number', 0, 'Premier point'), item('number', 1, 'Sous-point'), item('bullet', 1, 'Puce'), item('bullet', 0, 'Autre puce'), item('number', 0, 'Second point')],
      },
    };
    const opened = await open(await buildDraftDocx(index, withLists));
    expect(opened.content).toEqual(withLists.content);
  });

  it('marks each content control with its paragraph id, language and hashes, and lists the sources in a custom XML part', async () => {
    const zip = await JSZip.loadAsync(exported);
    const xml = await zip.file('word/document.xml')!.async('string');
    const tags = [...xml.matchAll(/<w:tag w:val="([^"]+)"\/>/g)].map((match) => match[1]);
    expect(tags).toHaveLength(6);
    expect(tags[0]).toMatch(/^pd1 fr [0-9a-f]{8} [0-9a-f]{8} CTOC\/COP\/WG\.7\/2012\/6#4$/);
    expect(xml).not.toContain('<w:lock');
    const sources = await zip.file('customXml/item1.xml')!.async('string');
    expect(sources.match(/<pd:source /g)).toHaveLength(6);
    expect(await zip.file('word/_rels/document.xml.rels')!.async('string')).toContain('Target="../customXml/item1.xml"');
  });

  it('after edits in Word: provenance of every paragraph, proposals of their authors, brackets and alternatives', async () => {
    const edited = await editDocument(exported, (xml) => {
      let out = changeWordInControl(xml, 2, 'distinctes', 'séparées');
      out = insertIntoControl(out, 5, insertion('Par ailleurs, ', 'Mexique', 903));
      out = removeControl(out, 3);
      out = appendToParagraph(out, 'ratifier le Protocole', insertion(' sans délai', 'Mexique'));
      out = out.replace(/<w:r><w:rPr><w:b\/><w:bCs\/><w:lang w:val="fr-FR"\/><\/w:rPr><w:t xml:space="preserve">Souligne<\/w:t><\/w:r>/, deletion('Souligne', 'Canada'));
      out = appendParagraph(out, 'OperativeParagraph', run('Alt 1 : Les États parties ') + deletion('devraient', 'Mexique', 904) + insertion('doivent', 'Mexique', 905) + run(' [renforcer la coopération] régionale.'));
      out = appendParagraph(out, 'OperativeParagraph', run('Alt 2 : Les États parties [UE : pourraient] échanger des informations.'));
      return out;
    });
    const opened = await open(edited);
    const body = operativeBody(opened.content.operative);
    const setup = opened.content.negotiation!;
    const author = (name: string) => setup.delegations.find((delegation) => delegation.name === name)!.id;

    // The typed preambular paragraph and the heading come back as they were (the paragraph labelled PP1, as the text now has alternatives).
    expect(opened.content.preamble).toEqual([{ ...draft.content.preamble[0], negotiation: { label: { number: 1, addendum: 0 } } }]);
    expect(opened.content.operative[0]).toEqual(draft.content.operative[0]);

    // OP1: its control intact, verbatim; Mexico's insertion after it is a proposal of Mexico.
    expect(precedentsOf(body[0]).map((each) => each.text === each.sourceText)).toEqual([true]);
    const inserted = body[0]!.runs.find((each) => each.type === 'text' && each.text === ' sans délai')!;
    expect(setup.marks[inserted.marks![0]!]).toEqual({ kind: 'insertion', sponsors: [author('Mexique')] });

    // OP2: "Souligne" proposed for deletion by Canada, its words kept.
    const deleted = body[1]!.runs.find((each) => each.type === 'text' && each.text === 'Souligne')!;
    expect(setup.marks[deleted.marks![0]!]).toEqual({ kind: 'deletion', sponsors: [author('Canada')] });
    expect(precedentsOf(body[1])).toHaveLength(1);

    // OP3: a word changed inside the control: modified, changed in Word.
    const [changed] = precedentsOf(body[2]);
    expect(changed!.text).toContain('séparées');
    expect(changed!.sourceText).toContain('distinctes');

    // OP4: its control removed; the source is orphaned, the text recognised by its words and its footnote.
    expect(opened.summary.orphaned.map((each) => each.paragraphId)).toEqual(['CTOC/COP/WG.7/2012/6#7']);
    const [recognised] = precedentsOf(body[3]);
    expect(recognised).toMatchObject({ paragraphId: 'CTOC/COP/WG.7/2012/6#7', text: index.paragraphs.get('CTOC/COP/WG.7/2012/6#7')!.text.fr });

    // OP5 stays modified as exported; OP6 has Mexico's insertion inside agreed language: Alt 1 as exported, Alt 2 of Mexico.
    expect(precedentsOf(body[4])[0]!.text).toContain('doivent');
    const [asExported, asChanged] = precedentsOf(body[5]);
    expect(asChanged!.text).toBe(`Par ailleurs, ${asExported!.text}`);
    expect(setup.marks[asChanged!.marks![0]!]).toMatchObject({ kind: 'alternative', index: 2, sponsors: [author('Mexique')] });

    // The new paragraphs: Alt 1 and Alt 2 of one label; tracked deletion and insertion of Mexico; a typed bracket.
    expect(body[6]!.negotiation?.alternative?.index).toBe(1);
    expect(body[7]!.negotiation?.alternative?.index).toBe(2);
    expect(body[7]!.negotiation?.label).toEqual(body[6]!.negotiation?.label);
    expect(textOf(body[6])).toBe('Les États parties devraientdoivent renforcer la coopération régionale.');
    const bracketed = body[6]!.runs.find((each) => each.type === 'text' && each.text === 'renforcer la coopération')!;
    expect(setup.marks[bracketed.marks![0]!]).toEqual({ kind: 'bracket', sponsors: [] });

    expect(opened.summary.precedents.map((found) => [found.paragraphId.split('#')[1], found.origin, found.verdict, found.changedInWord])).toEqual([
      ['4', 'control', 'verbatim', false],
      ['5', 'control', 'verbatim', false],
      ['6', 'control', 'modified', true],
      ['7', 'text', 'verbatim', false],
      ['8', 'control', 'modified', false],
      ['9', 'control', 'modified', true],
    ]);
    expect(opened.summary.proposals).toEqual([
      { author: 'Mexique', insertions: 2, deletions: 1 },
      { author: 'Canada', insertions: 0, deletions: 1 },
    ]);
    // A sponsor typed at the start of a bracket is its sponsor, a delegation of the draft.
    const sponsored = body[7]!.runs.find((each) => each.type === 'text' && each.text === 'pourraient')!;
    expect(setup.marks[sponsored.marks![0]!]).toEqual({ kind: 'bracket', sponsors: [author('UE')] });
    expect(textOf(body[7])).toBe('Les États parties pourraient échanger des informations.');
    expect(opened.summary.brackets).toBe(2);
    expect(citationRuleBreaches(opened.content)).toEqual([]);
  });
});

describe('a Word document made without Precedent Desk', () => {
  it('opens as a draft with its agreed language recognised, its citations linked, its tracked change and comment', async () => {
    const opened = await open(await buildSampleWordDocument(index));
    expect(opened.lang).toBe('fr');
    const paragraphs = opened.content.operative;
    const quoted = paragraphs.map((paragraph) => precedentsOf(paragraph).map((each) => each.paragraphId.split('#')[1]));
    expect(quoted).toContainEqual(['25']);
    expect(quoted).toContainEqual(['28']);
    expect(opened.summary.precedents.every((found) => found.origin === 'text')).toBe(true);
    expect(opened.summary.proposals).toEqual([{ author: SAMPLE_CHANGE_AUTHOR, insertions: 1, deletions: 1 }]);
    expect(opened.summary.comments).toEqual([{ author: SAMPLE_COMMENT_AUTHOR, text: 'À revoir avec la capitale.' }]);
    expect(paragraphs.map(textOf)).toContain(SAMPLE_NEW_TEXT);
    expect(citationRuleBreaches(opened.content)).toEqual([]);
  });
});
