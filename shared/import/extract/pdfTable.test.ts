import { describe, expect, it } from 'vitest';
import { assemblePdfLines, type PdfTextRun } from './pdfLines';

const SIZE = 10;
/** Runs placed as a PDF places them: `cells` are [x, text] pairs on a line at baseline `y`. */
function line(y: number, cells: [number, string][]): PdfTextRun[] {
  return cells.map(([x, text]) => ({ text, x, y, width: text.length * SIZE * 0.5, size: SIZE }));
}

const BODY_BEFORE = line(700, [[72, 'A paragraph of body text before the table, set across the whole width of the page.']]);
const BODY_AFTER = line(540, [[72, 'A paragraph after the table, set across the whole width of the page again.']]);
const TABLE = [
  line(680, [[72, 'Theme'], [160, 'References'], [240, 'Symbol'], [400, 'Paragraph']]),
  line(668, [[72, 'Consular and'], [160, 'Part A']]),
  line(656, [[72, 'diplomatic'], [160, 'I.22'], [240, 'CTOC/COP/WG.7/2012/6'], [400, '25']]),
  line(644, [[72, 'support'], [160, 'II.30, II.31'], [240, 'CTOC/COP/WG.7/2013/5'], [400, '34']]),
  line(632, [[160, 'and II.32']]),
];

describe('a table in a PDF text layer', () => {
  it('writes every line of the table with its cells in their columns, and leaves body text as it was', () => {
    const text = assemblePdfLines([{ height: 800, runs: [...BODY_BEFORE, ...TABLE.flat(), ...BODY_AFTER] }]);
    expect(text.split('\n').filter((each) => each !== '')).toEqual([
      'A paragraph of body text before the table, set across the whole width of the page.',
      'Theme\tReferences\tSymbol\tParagraph',
      'Consular and\tPart A\t\t',
      'diplomatic\tI.22\tCTOC/COP/WG.7/2012/6\t25',
      'support\tII.30, II.31\tCTOC/COP/WG.7/2013/5\t34',
      '\tand II.32\t\t',
      'A paragraph after the table, set across the whole width of the page again.',
    ]);
  });

  it('sees no table in lines that only once or twice have words far apart', () => {
    const runs = [...line(700, [[72, 'Contents']]), ...line(688, [[72, 'Part A'], [400, '2']]), ...line(676, [[72, 'Part B'], [200, 'of'], [400, '3']])];
    expect(assemblePdfLines([{ height: 800, runs }]).split('\n').filter((each) => each !== '')).toEqual(['Contents', 'Part A 2', 'Part B of 3']);
  });
});
