import { cleanInline, endsClause, isMarkedFootnoteLine, isPlainDigitFootnoteLine, isRuleLine, joinLines } from './cleanText';
import { matchItemMarker, nextLetter, nextRoman } from './itemMarkers';
import type { SourceLine } from './sourceLines';

/** A block of text made of one or more source lines (joined across page breaks). */
export interface TextBlock {
  text: string;
  lines: number[];
}

export interface OutlineItem extends TextBlock {
  /** `12`, `c`, `ii`. */
  marker: string;
  level: 'number' | 'letter' | 'roman';
  children: OutlineItem[];
}

export interface Outline {
  /** Blocks before the first item (titles, chapeaus, preambular paragraphs). */
  leading: TextBlock[];
  items: OutlineItem[];
  /** `Al. N` (French) or `PP N` / `Preambular paragraph N` (English) label lines, printed after the paragraph they label. */
  labels: { label: string; line: number; afterBlock: number }[];
  anomalies: { line: number; message: string }[];
}

export interface OutlineOptions {
  /** Top-level items are numbered `1.` (recommendations, resolutions) or lettered `a)` (decisions). */
  topLevel: 'number' | 'letter';
  /** Drop footnotes whose number is a plain digit (one-paragraph-per-line sources only). */
  plainDigitFootnotes: boolean;
  /** A leading line that always opens a new block (e.g. "La Conférence des Parties"). */
  opensLeadingBlock?: (cleanLine: string) => boolean;
}

/** How many numbers a paragraph's numbering may skip and still open an item. */
const MAX_SKIPPED = 1;
const PREAMBLE_LABEL = /^(?:Al\.|PP\.?|Preambular paragraph)\s*(\d+)$/i;

/**
 * Parses sources with one paragraph per line into leading blocks and a tree of items.
 * A line that is neither a footnote nor the next expected marker continues the block before it:
 * that is how sentences split by page breaks are joined again.
 */
export function parseOutline(lines: readonly SourceLine[], options: OutlineOptions): Outline {
  const outline: Outline = { leading: [], items: [], labels: [], anomalies: [] };
  const parts = new Map<TextBlock, string[]>();
  const open = (block: TextBlock, text: string, line: number) => {
    parts.set(block, [text]);
    block.lines.push(line);
  };
  const extend = (block: TextBlock, text: string, line: number) => {
    parts.get(block)!.push(text);
    block.lines.push(line);
  };
  let lastNumber = 0;
  let lastTopLetter: string | null = null;

  for (const { text: raw, line } of lines) {
    if (!raw.trim() || isRuleLine(raw) || isMarkedFootnoteLine(raw)) continue;
    if (options.plainDigitFootnotes && isPlainDigitFootnoteLine(raw)) continue;
    const clean = cleanInline(raw);
    if (!clean) continue;
    const label = PREAMBLE_LABEL.exec(clean);
    if (label) {
      outline.labels.push({ label: `al.${label[1]}`, line, afterBlock: outline.leading.length - 1 });
      continue;
    }

    const top = outline.items.at(-1);
    const numbered = /^(\d+)\.\s+(.*)$/.exec(clean);
    const number = numbered ? Number(numbered[1]) : 0;
    if (options.topLevel === 'number' && numbered && number > lastNumber && number <= lastNumber + 1 + MAX_SKIPPED) {
      // An edition may lack a paragraph the numbering still counts (a reference missing in one
      // edition): the next number opens an item, rather than joining the previous paragraph, and is noted.
      if (number > lastNumber + 1) outline.anomalies.push({ line, message: `Numbering skips from ${lastNumber} to ${number}.` });
      lastNumber = number;
      const item: OutlineItem = { marker: numbered[1]!, level: 'number', text: '', lines: [], children: [] };
      open(item, numbered[2]!, line);
      outline.items.push(item);
      continue;
    }
    const marked = matchItemMarker(clean);
    if (marked) {
      const placed = placeMarkedItem(outline, options, marked.marker, lastTopLetter);
      if (placed) {
        open(placed, marked.rest, line);
        if (placed.level === 'letter' && options.topLevel === 'letter') lastTopLetter = placed.marker;
        continue;
      }
    }

    const target = top ? deepestLast(top) : null;
    if (target) {
      extend(target, clean, line);
    } else {
      const last = outline.leading.at(-1);
      const forcedOpen = options.opensLeadingBlock?.(clean) ?? false;
      if (last && !forcedOpen && !endsClause(parts.get(last)!.join(' '))) extend(last, clean, line);
      else {
        const block: TextBlock = { text: '', lines: [] };
        open(block, clean, line);
        outline.leading.push(block);
      }
    }
  }
  for (const [block, blockParts] of parts) block.text = joinLines(blockParts);
  return outline;
}

function placeMarkedItem(
  outline: Outline,
  options: OutlineOptions,
  marker: string,
  lastTopLetter: string | null,
): OutlineItem | null {
  const make = (level: OutlineItem['level']): OutlineItem => ({ marker, level, text: '', lines: [], children: [] });
  const top = outline.items.at(-1);
  if (options.topLevel === 'letter') {
    if (marker === nextLetter(lastTopLetter)) {
      const item = make('letter');
      outline.items.push(item);
      return item;
    }
    if (top && marker === nextRoman(top.children.at(-1)?.marker ?? null)) {
      const item = make('roman');
      top.children.push(item);
      return item;
    }
    return null;
  }
  if (!top) return null;
  const lastLetter = top.children.at(-1);
  if (marker === nextLetter(lastLetter?.marker ?? null)) {
    const item = make('letter');
    top.children.push(item);
    return item;
  }
  if (lastLetter && marker === nextRoman(lastLetter.children.at(-1)?.marker ?? null)) {
    const item = make('roman');
    lastLetter.children.push(item);
    return item;
  }
  return null;
}

function deepestLast(item: OutlineItem): OutlineItem {
  const child = item.children.at(-1);
  return child ? deepestLast(child) : item;
}
