import { cleanInline } from './cleanText';
import { expandLocatorCell, expandReferenceCell, type IndexReference } from './expandReferences';
import type { SourceLine } from './sourceLines';

/** One row of the index table, its cells already re-aligned. */
export interface IndexRow {
  line: number;
  label: string;
  references: string;
  symbols: string[];
  instruments: string;
  paragraphs: string;
  recommendations: string;
}

export interface IndexCitation {
  part: 'A' | 'B';
  section: string;
  path: string;
  /** The symbol the row gives for this reference (null when the row could not be split). */
  symbol: string | null;
  /** Locator in the original document as the row gives it (`25`, `8.e`, `al.5`, `j.ii`, recommendation `10`). */
  locator: string | null;
  locatorColumn: 'paragraph' | 'recommendation' | null;
  line: number;
}

export interface IndexThemeEntry {
  label: string;
  lines: number[];
  citations: IndexCitation[];
}

export interface ThematicIndex {
  themes: IndexThemeEntry[];
  /** Symbol of each compendium section, keyed `A:I`, `B:VI`, as the index's Cote column gives it. */
  sectionSymbols: Map<string, { symbol: string; line: number }>;
  /** Which locator column the index fills for each symbol. */
  symbolColumns: Map<string, 'paragraph' | 'recommendation'>;
  problems: { line: number; message: string }[];
}

const SYMBOL = /CTOC\/COP\/(?:WG\.7\/)?\d{4}\/\d+/g;
const REFERENCE_START = /^(Part(?:ie)?\s+[AB]|[IVX]+\.\s?(al\.|\d|[a-z]))/;

/** Reads the compendium's thematic index table, French or English: themes, their references, symbols and locators. */
export function parseThematicIndex(lines: readonly SourceLine[]): ThematicIndex {
  const rows = readRows(lines);
  const sectionSymbols = new Map<string, { symbol: string; line: number }>();
  const symbolColumns = new Map<string, 'paragraph' | 'recommendation'>();
  const problems: ThematicIndex['problems'] = [];
  const themes: IndexThemeEntry[] = [];

  const rowReferences = rows.map((row) => {
    const references = expandReferenceCell(row.references);
    const part = partOfSymbols(row.symbols);
    return references.map((reference) => ({ ...reference, part: reference.part ?? part }));
  });

  rows.forEach((row, index) => {
    const references = rowReferences[index]!;
    const sections = new Set(references.map((r) => `${r.part}:${r.section}`));
    if (row.symbols.length === 1 && sections.size === 1) {
      const [key] = sections;
      const symbol = row.symbols[0]!;
      const known = sectionSymbols.get(key!);
      if (!known) sectionSymbols.set(key!, { symbol, line: row.line });
      else if (known.symbol !== symbol) {
        problems.push({ line: row.line, message: `Index gives ${symbol} for section ${key}, line ${known.line} gave ${known.symbol}.` });
      }
      const column = row.recommendations && !row.paragraphs ? 'recommendation' : row.paragraphs && !row.recommendations ? 'paragraph' : null;
      if (column && !symbolColumns.has(symbol)) symbolColumns.set(symbol, column);
    }
  });

  let context: 'A' | 'B' | null = null;
  rows.forEach((row, index) => {
    if (row.label) {
      const label = row.label.replace(/\s*\((?:suite|continued)\)\s*$/i, '').trim();
      const continued = row.label !== label ? themes.find((theme) => theme.label === label) : undefined;
      if (continued) continued.lines.push(row.line);
      else themes.push({ label, lines: [row.line], citations: [] });
      context = null;
    }
    const marker = /Part(?:ie)?\s+([AB])/.exec(row.references);
    const references = rowReferences[index]!.map((reference) => ({
      ...reference,
      part: reference.part ?? partBySymbol(reference, row, sectionSymbols) ?? context,
    }));
    if (marker) context = marker[1] as 'A' | 'B';
    if (references.length === 0) return;
    const theme = themes.at(-1);
    if (!theme) {
      problems.push({ line: row.line, message: 'Index references before any theme label.' });
      return;
    }
    theme.citations.push(...alignLocators(row, references, sectionSymbols, symbolColumns, problems));
  });
  return { themes, sectionSymbols, symbolColumns, problems };
}

function readRows(lines: readonly SourceLine[]): IndexRow[] {
  const rows: IndexRow[] = [];
  for (const { text, line } of lines) {
    if (!text.includes('\t')) continue;
    let cells = text.split('\t').map((cell) => cleanInline(cell));
    if (['Thème', 'Theme'].includes(cells[0] ?? '') || ['Cote', 'Symbol'].includes(cells[2] ?? '')) continue;
    // Rows that lost their leading tab start with a reference instead of a theme label.
    if (REFERENCE_START.test(cells[0] ?? '')) cells = ['', ...cells];
    rows.push({
      line,
      label: mendLabelBreaks(cells[0] ?? ''),
      references: cells[1] ?? '',
      symbols: (cells[2] ?? '').match(SYMBOL) ?? [],
      instruments: cells[3] ?? '',
      paragraphs: cells[4] ?? '',
      recommendations: cells[5] ?? '',
    });
  }
  return rows;
}

/**
 * A label cell wrapped at a hyphen or slash keeps the line end as a space ("centres pluri-
 * institutions", "réfugiés/ demandeurs d'asile"); the label is the words rejoined. Labels only:
 * paragraph text stays as the source prints it.
 */
export function mendLabelBreaks(label: string): string {
  return label.replace(/(?<=\p{L}[-/]) (?=\p{Ll})/gu, '');
}

/** In a merged row, the part whose section symbol the row's Cote cell lists. */
function partBySymbol(reference: IndexReference, row: IndexRow, sectionSymbols: ThematicIndex['sectionSymbols']): 'A' | 'B' | null {
  for (const part of ['A', 'B'] as const) {
    const symbol = sectionSymbols.get(`${part}:${reference.section}`)?.symbol;
    if (symbol && row.symbols.includes(symbol)) return part;
  }
  return null;
}

function partOfSymbols(symbols: readonly string[]): 'A' | 'B' | null {
  if (symbols.length === 0) return null;
  if (symbols.every((s) => s.includes('/WG.7/'))) return 'A';
  if (symbols.every((s) => !s.includes('/WG.7/'))) return 'B';
  return null;
}

/** Pairs each reference of a row with its symbol and with the locator printed in the matching column. */
function alignLocators(
  row: IndexRow,
  references: readonly IndexReference[],
  sectionSymbols: ThematicIndex['sectionSymbols'],
  symbolColumns: ThematicIndex['symbolColumns'],
  problems: ThematicIndex['problems'],
): IndexCitation[] {
  const queues = {
    paragraph: expandLocatorCell(row.paragraphs),
    recommendation: expandLocatorCell(row.recommendations),
  };
  const planned = references.map((reference) => {
    const symbol = reference.part ? (sectionSymbols.get(`${reference.part}:${reference.section}`)?.symbol ?? null) : null;
    if (symbol && !row.symbols.includes(symbol)) {
      problems.push({ line: row.line, message: `Reference ${reference.section}.${reference.path} belongs to ${symbol}, not listed in the row's Cote cell.` });
    }
    const column = symbol ? (symbolColumns.get(symbol) ?? 'paragraph') : null;
    return { reference, symbol, column };
  });
  const counts = { paragraph: 0, recommendation: 0 };
  for (const plan of planned) if (plan.column) counts[plan.column]++;
  const aligned = (['paragraph', 'recommendation'] as const).every((column) => counts[column] === queues[column].length);
  if (!aligned) {
    problems.push({
      line: row.line,
      message: `Index row: ${references.length} references but ${queues.paragraph.length} paragraph and ${queues.recommendation.length} recommendation locators; locators of this row not used.`,
    });
  }
  return planned.map(({ reference, symbol, column }) => ({
    part: reference.part ?? 'A',
    section: reference.section,
    path: reference.path,
    symbol,
    locator: aligned && column ? queues[column].shift()! : null,
    locatorColumn: aligned ? column : null,
    line: row.line,
  }));
}
