import { describe, expect, it } from 'vitest';
import { parseCompendium } from '../../corpus/parse/parseCompendium';
import { readEdition } from './readEdition';

// TEST FIXTURE written for these tests, in the English edition's layout; not United Nations text.
const ENGLISH = [
  'A. Recommendations adopted by the Working Group at its first to sixth meetings',
  'I. First meeting, 30 May to 1 June 2012',
  '1. Fixture recommendation one.',
  '2. Fixture recommendation two:',
  '(a) Fixture item one;',
  '(b) Fixture item two.',
  'B. Resolutions and decisions adopted by the Conference of the Parties at its first to ninth sessions',
  'VI. Sixth session, 15–19 October 2012',
  'Resolution 6/3',
  'Fixture title of the resolution',
  'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,',
  'Recalling a fixture clause,',
  'PP 1',
  'Noting another fixture clause,',
  'Preambular paragraph 2',
  '1. Urges fixture action;',
  'Thematic index of recommendations and relevant resolutions and decisions',
  'Theme\tParagraph/recommendation in the compendium\tMeeting report\t\t\t',
  '\t\tSymbol\tResolution/decision\tParagraph\tRecommendations',
  'Fixture theme\tPart A\t\t\t\t',
  '\tI.1 and I.2.a\tCTOC/COP/WG.7/2012/6\t\t4 and 5 (a)\t',
  'Fixture theme (continued)\tPart B\t\t\t\t',
  '\tVI.pp. 1 and VI.pp. 2\tCTOC/COP/2012/15\tResolution 6/3\tpp. 1 and 2\t',
].join('\n\n');

describe('the compendium parser on the English edition', () => {
  it('reads sections with English dates, "Resolution N/N", preambular paragraph labels', () => {
    const compendium = parseCompendium(ENGLISH);
    expect(compendium.lang).toBe('en');
    expect(compendium.partA[0]).toMatchObject({ roman: 'I', number: 1, heading: 'First meeting, 30 May to 1 June 2012', dates: { start: '2012-05-30', end: '2012-06-01' } });
    expect(compendium.partB[0]).toMatchObject({ kind: 'resolution', instrumentNumber: '6/3', dates: { start: '2012-10-15', end: '2012-10-19' } });
    expect(compendium.partB[0]!.outline.labels.map((label) => label.label)).toEqual(['al.1', 'al.2']);
  });

  it('keys every paragraph by compendium reference and reads the index, its continued rows and English reference words', () => {
    const edition = readEdition(ENGLISH, { plainDigitFootnotes: true });
    expect(edition.entries.map((entry) => [entry.reference, entry.text])).toEqual([
      ['A:I.1', 'Fixture recommendation one.'],
      ['A:I.2', 'Fixture recommendation two:'],
      ['A:I.2.a', 'Fixture item one;'],
      ['A:I.2.b', 'Fixture item two.'],
      ['B:VI.al.1', 'Recalling a fixture clause,'],
      ['B:VI.al.2', 'Noting another fixture clause,'],
      ['B:VI.1', 'Urges fixture action;'],
    ]);
    expect(edition.sections.map((section) => [section.reference, section.heading, section.title])).toEqual([
      ['A:I', 'First meeting, 30 May to 1 June 2012', null],
      ['B:VI', 'Resolution 6/3', 'Fixture title of the resolution'],
    ]);
    expect(edition.themes).toEqual([{ label: 'Fixture theme', references: ['A:I.1', 'A:I.2.a', 'B:VI.al.1', 'B:VI.al.2'], line: expect.any(Number) }]);
  });
});
