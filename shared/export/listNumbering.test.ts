import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { paragraphsOf, readDocxParts, tableRowsOf, textOf } from '../../host/export/testing/readDocx';
import { indexCorpus, type CorpusIndex } from '../corpus/corpusIndex';
import type { DraftListItem, DraftParagraph } from '../draft/model';
import { buildDraftDocx, type ExportableDraft } from './buildDraftDocx';
import { sectionParagraphs } from './draftParagraphs';
import { placeListItems } from './listNumbering';

const RECOMMENDATION_25 = 'CTOC/COP/WG.7/2012/6#25';

let index: CorpusIndex;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
});

const typed = (text: string, list?: DraftListItem): DraftParagraph => ({ style: 'body', ...(list ? { list } : {}), runs: [{ type: 'text', text }] });
const bullet = (level = 0): DraftListItem => ({ kind: 'bullet', level });
const numbered = (level = 0): DraftListItem => ({ kind: 'number', level });

/** Operative part: a quoted recommendation, a chapeau with bullets and a nested numbered list, then a new numbered list. */
function draftWithLists(): ExportableDraft {
  const text = index.paragraphs.get(RECOMMENDATION_25)?.text.fr ?? '';
  return {
    title: 'Projet',
    lang: 'fr',
    citationStyle: 'footnote',
    content: {
      preamble: [typed('Rappelant la Convention,'), typed('le Protocole relatif aux migrants,', bullet())],
      operative: [
        { style: 'body', runs: [{ type: 'precedent', paragraphId: RECOMMENDATION_25, lang: 'fr', text, sourceText: text }, { type: 'citation', paragraphId: RECOMMENDATION_25 }] },
        typed('Recommande aux États :'),
        typed('de renforcer la coopération ;', bullet()),
        typed('premier moyen ;', numbered(1)),
        typed('second moyen ;', numbered(1)),
        typed('d’échanger des informations ;', bullet()),
        typed('Prie le Secrétariat :'),
        typed('de faire rapport ;', numbered()),
        typed('de diffuser le rapport.', numbered()),
        typed('Décide de rester saisi de la question.'),
      ],
    },
  };
}

const numIdOf = (xml: string) => /<w:numId w:val="(\d+)"\/>/.exec(xml)?.[1] ?? null;
const levelOf = (xml: string) => /<w:ilvl w:val="(\d+)"\/>/.exec(xml)?.[1] ?? null;

/** The abstract list definition behind a paragraph's w:numId. */
function abstractFor(numberingXml: string, numId: string | null | undefined): string {
  const abstractId = new RegExp(`<w:num w:numId="${numId}">\\s*<w:abstractNumId w:val="(\\d+)"/>`).exec(numberingXml)?.[1];
  return new RegExp(`<w:abstractNum w:abstractNumId="${abstractId}".*?</w:abstractNum>`, 's').exec(numberingXml)?.[0] ?? '';
}

function levelDefinition(abstractXml: string, level: number): string {
  return new RegExp(`<w:lvl w:ilvl="${level}".*?</w:lvl>`, 's').exec(abstractXml)?.[0] ?? '';
}

describe('draft list items in Word', () => {
  it('are list items of their own style, not operative paragraphs: only the paragraphs outside lists are numbered 1, 2, 3', async () => {
    const parts = await readDocxParts(await buildDraftDocx(index, draftWithLists()));
    const body = paragraphsOf(parts.document).filter((paragraph) => paragraph.text !== '');
    expect(body.filter((paragraph) => paragraph.style === 'OperativeParagraph').map((paragraph) => paragraph.text)).toEqual([
      index.paragraphs.get(RECOMMENDATION_25)?.text.fr,
      'Recommande aux États :',
      'Prie le Secrétariat :',
      'Décide de rester saisi de la question.',
    ]);
    const items = body.filter((paragraph) => paragraph.style === 'DraftListItem');
    expect(items.map((paragraph) => [paragraph.text, levelOf(paragraph.xml)])).toEqual([
      ['le Protocole relatif aux migrants,', '0'],
      ['de renforcer la coopération ;', '0'],
      ['premier moyen ;', '1'],
      ['second moyen ;', '1'],
      ['d’échanger des informations ;', '0'],
      ['de faire rapport ;', '0'],
      ['de diffuser le rapport.', '0'],
    ]);
    expect(parts.styles).toContain('<w:name w:val="Draft List Item"/>');

    // The list items are in lists of their own, never in the operative paragraphs' numbering.
    const operativeStyle = /<w:style [^>]*w:styleId="OperativeParagraph">.*?<\/w:style>/s.exec(parts.styles)?.[0] ?? '';
    const operativeNumId = numIdOf(operativeStyle);
    expect(operativeNumId).not.toBeNull();
    expect(items.map((paragraph) => numIdOf(paragraph.xml))).not.toContain(operativeNumId);

    const [, coopBullet, first, second, exchangeBullet, report, spread] = items.map((paragraph) => numIdOf(paragraph.xml));
    expect(coopBullet).toBe(exchangeBullet);
    expect(first).toBe(second);
    expect(report).toBe(spread);
    // The second numbered list starts again from "a)": a list definition of its own.
    expect(abstractFor(parts.numbering, report)).not.toBe(abstractFor(parts.numbering, first));

    const bullets = abstractFor(parts.numbering, coopBullet);
    expect(levelDefinition(bullets, 0)).toContain('<w:numFmt w:val="bullet"/>');
    const letters = levelDefinition(abstractFor(parts.numbering, report), 0);
    expect(letters).toContain('<w:numFmt w:val="lowerLetter"/>');
    expect(letters).toContain('<w:lvlText w:val="%1)"/>');
    expect(levelDefinition(abstractFor(parts.numbering, first), 1)).toContain('<w:numFmt w:val="lowerRoman"/>');
  });

  it('read back with mammoth as bulleted and numbered lists, the nested one inside its bullet', async () => {
    const bytes = await buildDraftDocx(index, draftWithLists());
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(html).toContain('<ul><li>de renforcer la coopération ;<ol><li>premier moyen ;</li><li>second moyen ;</li></ol></li><li>d’échanger des informations ;</li></ul>');
    expect(html).toContain('<ol><li>de faire rapport ;</li><li>de diffuser le rapport.</li></ol>');
  });

  it('are numbered in English as (a), and in each column of the bilingual table apart', async () => {
    const english: ExportableDraft = { ...draftWithLists(), lang: 'en' };
    const parts = await readDocxParts(await buildDraftDocx(index, english, { bilingual: true }));
    const rows = tableRowsOf(parts.document);
    const reportRow = rows.find((cells) => textOf(cells[1] ?? '') === 'de faire rapport ;');
    expect(reportRow).toBeDefined();
    const [frenchCell = '', englishCell = ''] = reportRow ?? [];
    expect(paragraphsOf(englishCell)[0]?.style).toBe('DraftListItem');
    expect(numIdOf(frenchCell)).not.toBe(numIdOf(englishCell));
    expect(levelDefinition(abstractFor(parts.numbering, numIdOf(englishCell)), 0)).toContain('<w:lvlText w:val="(%1)"/>');
    expect(levelDefinition(abstractFor(parts.numbering, numIdOf(frenchCell)), 0)).toContain('<w:lvlText w:val="%1)"/>');
  });
});

describe('placeListItems', () => {
  const place = (preamble: DraftParagraph[], operative: DraftParagraph[]) => placeListItems(sectionParagraphs({ preamble, operative }));

  it('starts a new numbered list after a paragraph outside lists, under a new parent item, and in a new part', () => {
    const placements = place(
      [typed('a', numbered())],
      [typed('b', numbered()), typed('c', numbered()), typed('d', numbered(1)), typed('e', numbered()), typed('f', numbered(1)), typed('g'), typed('h', numbered())],
    );
    expect(placements.map((placement) => placement && `${placement.list}@${placement.level}`)).toEqual(['1@0', '2@0', '2@0', '3@1', '2@0', '4@1', null, '5@0']);
  });

  it('keeps a level Word has (0 to 8) whatever a hand-edited file says', () => {
    expect(place([], [typed('a', bullet(12)), typed('b', bullet(-1))]).map((placement) => placement?.level)).toEqual([8, 0]);
  });
});
