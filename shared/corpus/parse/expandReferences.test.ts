import { describe, expect, it } from 'vitest';
import { expandLocatorCell, expandReferenceCell } from './expandReferences';

const refs = (cell: string) => expandReferenceCell(cell).map((r) => `${r.part ?? ''}:${r.section}.${r.path}`);

describe('index cells as the compendium prints them', () => {
  it('expands references, ranges and inline part markers', () => {
    expect(refs('III.5, III.14 et III.19 à 21')).toEqual([':III.5', ':III.14', ':III.19', ':III.20', ':III.21']);
    expect(refs('V.2.a à d, V.2.f et V.3')).toEqual([':V.2.a', ':V.2.b', ':V.2.c', ':V.2.d', ':V.2.f', ':V.3']);
    expect(refs('Partie B : VI. al. 5')).toEqual(['B:VI.al.5']);
    expect(refs('III.31 à 34 VI.19, VI.20 et VI.24')).toHaveLength(7);
    expect(refs('I.c à f')).toEqual([':I.c', ':I.d', ':I.e', ':I.f']);
  });

  it('expands locator cells into paths aligned with the references', () => {
    expect(expandLocatorCell('7 d), 8 b), e), g) et i), et 10 c)')).toEqual(['7.d', '8.b', '8.e', '8.g', '8.i', '10.c']);
    expect(expandLocatorCell('8 a) à d) et f) et 9')).toEqual(['8.a', '8.b', '8.c', '8.d', '8.f', '9']);
    expect(expandLocatorCell('al. 1 à 7 ; 6, 7')).toEqual(['al.1', 'al.2', 'al.3', 'al.4', 'al.5', 'al.6', 'al.7', '6', '7']);
    expect(expandLocatorCell('c) et j) i)')).toEqual(['c', 'j.i']);
    expect(expandLocatorCell('h) et i)')).toEqual(['h', 'i']);
    expect(expandLocatorCell('18 et 36 31 13')).toEqual(['18', '36', '31', '13']);
  });

  it('reads the English edition’s words: "and", "to", "Part B", "pp." for preambular paragraphs', () => {
    expect(refs('III.5, III.14 and III.19 to 21')).toEqual([':III.5', ':III.14', ':III.19', ':III.20', ':III.21']);
    expect(refs('Part B: VI.pp. 1 to 3; VI.6')).toEqual(['B:VI.al.1', 'B:VI.al.2', 'B:VI.al.3', 'B:VI.6']);
    expect(expandLocatorCell('8 (a) to (c) and (f) and 9')).toEqual(['8.a', '8.b', '8.c', '8.f', '9']);
    expect(expandLocatorCell('pp. 1 to 3; 6, 7')).toEqual(['al.1', 'al.2', 'al.3', '6', '7']);
  });
});
