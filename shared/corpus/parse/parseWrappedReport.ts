import { cleanInline, isMarkedFootnoteLine, isRuleLine, joinLines } from './cleanText';
import { matchItemMarker, nextLetter, nextRoman } from './itemMarkers';
import { toSourceLines } from './sourceLines';

/** A numbered paragraph of a report whose lines are hard-wrapped (seeds 001, 002). */
export interface ReportParagraph {
  number: number;
  text: string;
  lines: number[];
  /** Headings the paragraph sits under, outermost first: ["II. Recommandations", "B. Protection et assistance"]. */
  headings: string[];
  /** Sub-items, only read with the `subItems` option; otherwise they stay in `text`. */
  items: ReportItem[];
}

/** A sub-item a), (a), with its own i), (i) sub-items. */
export interface ReportItem {
  marker: string;
  /** The marker as printed: `a)` or `(a)`. */
  label: string;
  text: string;
  lines: number[];
  children: ReportItem[];
}

export interface WrappedReport {
  paragraphs: ReportParagraph[];
  /** "Recommendation N" blocks, only read with the `recommendations` option. */
  recommendations: ReportParagraph[];
  /** The document symbol printed as a running page header, when there is one. */
  headerSymbol: { symbol: string; line: number } | null;
}

/** Readings the bundled reports do not need, used for imported documents; all off by default. */
export interface WrappedReportOptions {
  /** Sub-items a), (a), i), (i) become items of their paragraph instead of continuing its text. */
  subItems?: boolean;
  /** "Recommendation N" / "Recommandation N" lines open numbered recommendations. */
  recommendations?: boolean;
  /** Footnote lines marked with a superscript number are dropped. */
  markedFootnotes?: boolean;
}

const PAGE_FURNITURE = [/^V\.\d{2}-\d{5}\b/, /^\d+\s+V\.\d{2}-\d{5}$/, /^CTOC\/COP\/(?:WG\.\d+\/)?\d{4}\/\d+$/, /^\d{1,3}$/];

/** Running headers (the symbol), job numbers (`V.12-54321`) and page numbers, as lines of their own. */
export function isPageFurniture(trimmedLine: string): boolean {
  return PAGE_FURNITURE.some((pattern) => pattern.test(trimmedLine));
}
const HEADING = /^([IVX]+|[A-H])\.\s+\S/;
/** "Annexe", "Annex II" alone on a line: what follows (a list of documents, a table) is not the last paragraph's text. */
const ANNEX = /^Annexe?(?:\s+[IVX]+)?$/;
const RECOMMENDATION = /^Recomm[ae]ndation (\d+)$/;

/**
 * Parses a report extracted with its line wrapping: numbered paragraphs (numbering must run on,
 * so agenda items and lists inside a paragraph stay inside it), section headings, running headers.
 */
export function parseWrappedReport(text: string, options: WrappedReportOptions = {}): WrappedReport {
  const paragraphs: ReportParagraph[] = [];
  const recommendations: ReportParagraph[] = [];
  const parts = new Map<{ text: string }, string[]>();
  let headerSymbol: WrappedReport['headerSymbol'] = null;
  let headings: string[] = [];
  let heading: { parts: string[]; open: boolean } | null = null;
  let current: ReportParagraph | null = null;
  let currentItem: ReportItem | null = null;
  let previousBlank = true;

  const closeHeading = () => {
    if (!heading) return;
    const title = joinLines(heading.parts);
    headings = /^[IVX]+\./.test(title) ? [title] : [...headings.slice(0, 1), title];
    heading = null;
  };
  const openBlock = (list: ReportParagraph[], number: number, firstPart: string[], line: number): ReportParagraph => {
    closeHeading();
    const block: ReportParagraph = { number, text: '', lines: [line], headings, items: [] };
    parts.set(block, firstPart);
    list.push(block);
    return block;
  };

  for (const { text: raw, line } of toSourceLines(text)) {
    const trimmed = raw.trim();
    if (!trimmed) {
      closeHeading();
      previousBlank = true;
      continue;
    }
    if (isPageFurniture(trimmed)) {
      if (/^CTOC\//.test(trimmed) && !headerSymbol) headerSymbol = { symbol: trimmed, line };
      continue;
    }
    if (options.markedFootnotes && isMarkedFootnoteLine(raw)) continue;
    if (isRuleLine(raw)) continue;
    const clean = cleanInline(raw);
    const numbered = /^(\d+)\.\s+(.*)$/.exec(clean);
    const expected = (paragraphs.at(-1)?.number ?? 0) + 1;
    const recommendation = options.recommendations ? RECOMMENDATION.exec(clean) : null;
    let item: ReturnType<typeof placeItem> = null;
    if (numbered && Number(numbered[1]) === expected) {
      current = openBlock(paragraphs, expected, [numbered[2]!], line);
      currentItem = null;
    } else if (recommendation && Number(recommendation[1]) === (recommendations.at(-1)?.number ?? 0) + 1) {
      current = openBlock(recommendations, Number(recommendation[1]), [], line);
      currentItem = null;
    } else if (heading) {
      heading.parts.push(clean);
    } else if (ANNEX.test(clean)) {
      current = null;
      currentItem = null;
    } else if ((previousBlank || /^\s/.test(raw)) && HEADING.test(clean)) {
      heading = { parts: [clean], open: true };
      current = null;
      currentItem = null;
    } else if (options.subItems && current && (item = placeItem(current, clean, line))) {
      currentItem = item.item;
      parts.set(currentItem, [item.rest]);
    } else if (current) {
      const target: { text: string; lines: number[] } = currentItem ?? current;
      parts.get(target)!.push(clean);
      target.lines.push(line);
    }
    previousBlank = false;
  }
  closeHeading();
  for (const [block, blockParts] of parts) block.text = joinLines(blockParts);
  return { paragraphs, recommendations, headerSymbol };
}

/** The next sub-item of the paragraph if the line opens one: the next letter, or the next roman below the last letter. */
function placeItem(paragraph: ReportParagraph, clean: string, line: number): { item: ReportItem; rest: string } | null {
  const marked = matchItemMarker(clean);
  if (!marked) return null;
  const make = (): ReportItem => ({ marker: marked.marker, label: marked.label, text: '', lines: [line], children: [] });
  const lastLetter = paragraph.items.at(-1);
  if (marked.marker === nextLetter(lastLetter?.marker ?? null)) {
    const item = make();
    paragraph.items.push(item);
    return { item, rest: marked.rest };
  }
  if (lastLetter && marked.marker === nextRoman(lastLetter.children.at(-1)?.marker ?? null)) {
    const item = make();
    lastLetter.children.push(item);
    return { item, rest: marked.rest };
  }
  return null;
}
