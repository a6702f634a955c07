import { describe, expect, it } from 'vitest';
import { parseThematicIndex } from './parseThematicIndex';
import { toSourceLines } from './sourceLines';

const themes = (text: string) => parseThematicIndex(toSourceLines(text)).themes.map(({ label, citations }) => ({ label, citations: citations.map((c) => [c.part, c.section, c.path, c.symbol, c.locator]) }));

describe('the thematic index table', () => {
  const oneLinePerRow = [
    'Thème\tParagraphe/ recommandations dans le recueil\tRapport de réunion\t\t\t',
    '\t\tCote\tRésolution/ décision\tParagraphe\tRecommandations',
    'Assistance aux personnes migrantes objet d’un trafic illicite\tPartie A\t\t\t\t',
    '\tI.21, I.22, I.25 et I.27\tCTOC/COP/WG.7/2012/6\t\t24, 25, 28 et 30\t',
    '\tPartie B\t\t\t\t',
    '\tV.7\tCTOC/COP/2010/17\tRésolution 5/3\t7\t',
  ].join('\n');
  // The same rows as a PDF prints them in narrow columns: cells wrap over several lines, and a header wraps too.
  const wrapped = [
    'Thème\tParagraphe/\tRapport de réunion\t\t\t',
    '\trecommandations dans le recueil\t\t\t\t',
    '\t\tCote\tRésolution/\tParagraphe\tRecommandations',
    '\t\t\tdécision\t\t',
    'Assistance aux\tPartie A\t\t\t\t',
    'personnes migrantes\t\t\t\t\t',
    'objet d’un trafic illicite\t\t\t\t\t',
    '\tI.21, I.22,\tCTOC/COP/WG.7/\t\t24, 25,\t',
    '\tI.25 et I.27\t2012/6\t\t28 et 30\t',
    '\tPartie B\t\t\t\t',
    '\tV.7\tCTOC/COP/2010/17\tRésolution\t7\t',
    '\t\t\t5/3\t\t',
  ].join('\n');

  it('reads rows whose cells wrap over several lines as the rows they are', () => {
    const expected = themes(oneLinePerRow);
    expect(expected).toEqual([
      {
        label: 'Assistance aux personnes migrantes objet d’un trafic illicite',
        citations: [
          ['A', 'I', '21', 'CTOC/COP/WG.7/2012/6', '24'],
          ['A', 'I', '22', 'CTOC/COP/WG.7/2012/6', '25'],
          ['A', 'I', '25', 'CTOC/COP/WG.7/2012/6', '28'],
          ['A', 'I', '27', 'CTOC/COP/WG.7/2012/6', '30'],
          ['B', 'V', '7', 'CTOC/COP/2010/17', '7'],
        ],
      },
    ]);
    expect(themes(wrapped)).toEqual(expected);
  });
});
