import { tableLines } from './pdfTable';

/** A run of text as a PDF page places it (pdfjs text content, in page units, y up). */
export interface PdfTextRun {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size. */
  size: number;
}

export interface PdfPage {
  height: number;
  runs: PdfTextRun[];
}

type LineRun = PdfTextRun & { raised: boolean };

interface Line {
  y: number;
  size: number;
  runs: LineRun[];
}

/** Smaller than this share of the body size is a superscript or a footnote call. */
const SMALL = 0.8;
/** Running headers and footers sit in the top and bottom tenth of the page. */
const MARGIN = 0.1;
const FURNITURE_LENGTH = 60;

/**
 * Rebuilds the lines of a report from PDF text runs: superscripts join their line (footnote calls,
 * being digits, are dropped; "1st", "1er" keep their letters), footnotes at the foot of each page
 * are dropped, headers and footers repeated on several pages are dropped, and a blank line marks a
 * paragraph gap, a page break, or an indented line's start (as a leading space), which is what the
 * report parsers read headings from; the lines of a table have their cells in columns, separated by
 * tabs (pdfTable.ts). What is left is text in reading order, as in the bundled sources.
 */
export function assemblePdfLines(pages: readonly PdfPage[]): string {
  const body = bodySize(pages);
  const pageLines = pages.map((page) => linesOf(page, body));
  const repeated = repeatedMarginLines(pages, pageLines);
  const left = Math.min(...pageLines.flat().map((line) => line.runs[0]?.x ?? Infinity));
  const keptLines = pageLines.map((lines, pageIndex) => withoutFootnotes(lines).filter((line) => !repeated.has(marginKey(pages[pageIndex]!, line))));
  const spacing = lineSpacing(keptLines);
  const out: string[] = [];
  keptLines.forEach((kept, pageIndex) => {
    if (pageIndex > 0) out.push('');
    const tables = tableLines(
      kept.map((line) => ({ runs: line.runs, text: (runs: readonly LineRun[]) => runsText(runs, line.size) })),
      body,
    );
    kept.forEach((line, index) => {
      const previous = kept[index - 1];
      if (previous && spacing > 0 && previous.y - line.y > spacing * 1.3) out.push('');
      const indented = (line.runs[0]?.x ?? left) - left > body * 1.5;
      out.push(tables.get(index) ?? `${indented ? '  ' : ''}${lineText(line)}`);
    });
  });
  return out.join('\n');
}

/** The most common font size, weighted by characters: the size of the body text. */
function bodySize(pages: readonly PdfPage[]): number {
  const counts = new Map<number, number>();
  for (const run of pages.flatMap((page) => page.runs)) {
    const size = Math.round(run.size * 2) / 2;
    if (run.text.trim()) counts.set(size, (counts.get(size) ?? 0) + run.text.length);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

function linesOf(page: PdfPage, body: number): Line[] {
  const runs = page.runs.filter((run) => run.text !== '' && run.size > 0);
  const lines: Line[] = [];
  const normal = runs.filter((run) => run.size >= body * SMALL).sort((a, b) => b.y - a.y || a.x - b.x);
  for (const run of normal) {
    const line = lines.find((candidate) => Math.abs(candidate.y - run.y) <= body * 0.3);
    if (line) line.runs.push({ ...run, raised: false });
    else lines.push({ y: run.y, size: run.size, runs: [{ ...run, raised: false }] });
  }
  for (const run of runs.filter((r) => r.size < body * SMALL)) {
    // A superscript sits up to about half a line above its line's baseline.
    const line = lines.find((candidate) => run.y - candidate.y >= -body * 0.2 && run.y - candidate.y <= body * 0.7);
    if (line) line.runs.push({ ...run, raised: true });
    else lines.push({ y: run.y, size: run.size, runs: [{ ...run, raised: false }] });
  }
  for (const line of lines) line.runs.sort((a, b) => a.x - b.x);
  return lines.filter((line) => lineText(line).trim() !== '').sort((a, b) => b.y - a.y);
}

function lineText(line: Line): string {
  return runsText(line.runs, line.size);
}

function runsText(runs: readonly LineRun[], size: number): string {
  let text = '';
  let end = -Infinity;
  for (const run of runs) {
    if (run.raised && /^\s*\d+\s*$/.test(run.text)) continue;
    const gap = run.x - end;
    if (text && !run.raised && gap > size * 0.15 && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    text += run.text;
    end = run.x + run.width;
  }
  return text.replace(/\s+/g, ' ').trimEnd();
}

/** A footnote opens with a raised number at the start of a line; it and everything below it on the page go. */
function withoutFootnotes(lines: readonly Line[]): Line[] {
  const first = lines.findIndex((line, index) => index > 0 && line.runs[0]?.raised === true && /^\d+$/.test(line.runs[0].text.trim()));
  return first < 0 ? [...lines] : lines.slice(0, first);
}

/** Kept apart: a running header giving the document symbol, which the report parsers read. */
const SYMBOL_LINE = /^[A-Z]+(?:\/[\w.]+){2,}$/;

function marginKey(page: PdfPage, line: Line): string {
  const text = lineText(line);
  const inMargin = line.y > page.height * (1 - MARGIN) || line.y < page.height * MARGIN;
  // Headers and footers are short; a full line of text near the top of every page is body text.
  const furnitureLike = text.trim().length <= FURNITURE_LENGTH && !SYMBOL_LINE.test(text.trim());
  return inMargin && furnitureLike ? `${Math.round(line.y / 4)}|${text.replace(/\d+/g, '#')}` : '';
}

/** Lines at the same place in a margin, digits aside (page numbers), on at least two pages and half of them. */
function repeatedMarginLines(pages: readonly PdfPage[], pageLines: readonly Line[][]): Set<string> {
  const counts = new Map<string, number>();
  pageLines.forEach((lines, index) => {
    for (const key of new Set(lines.map((line) => marginKey(pages[index]!, line)))) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...counts].filter(([, count]) => count >= needed).map(([key]) => key));
}

/** The distance between the lines of one paragraph: the small end of the gaps between consecutive lines. */
function lineSpacing(pages: readonly (readonly Line[])[]): number {
  const gaps = pages
    .flatMap((lines) => lines.slice(1).map((line, index) => lines[index]!.y - line.y))
    .filter((gap) => gap > 0)
    .sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 5)] ?? 0;
}
