import { cleanInline, joinLines } from './cleanText';
import { toSourceLines } from './sourceLines';

/** A numbered paragraph of a report whose lines are hard-wrapped (seeds 001, 002). */
export interface ReportParagraph {
  number: number;
  text: string;
  lines: number[];
  /** Headings the paragraph sits under, outermost first: ["II. Recommandations", "B. Protection et assistance"]. */
  headings: string[];
}

export interface WrappedReport {
  paragraphs: ReportParagraph[];
  /** The document symbol printed as a running page header, when there is one. */
  headerSymbol: { symbol: string; line: number } | null;
}

const PAGE_FURNITURE = [/^V\.\d{2}-\d{5}\b/, /^\d+\s+V\.\d{2}-\d{5}$/, /^CTOC\/COP\/WG\.7\/\d{4}\/\d+$/, /^\d{1,3}$/];
const HEADING = /^([IVX]+|[A-H])\.\s+\S/;

/**
 * Parses a report extracted with its line wrapping: numbered paragraphs (numbering must run on,
 * so agenda items and lists inside a paragraph stay inside it), section headings, running headers.
 */
export function parseWrappedReport(text: string): WrappedReport {
  const paragraphs: ReportParagraph[] = [];
  const parts = new Map<ReportParagraph, string[]>();
  let headerSymbol: WrappedReport['headerSymbol'] = null;
  let headings: string[] = [];
  let heading: { parts: string[]; open: boolean } | null = null;
  let current: ReportParagraph | null = null;
  let previousBlank = true;

  const closeHeading = () => {
    if (!heading) return;
    const title = joinLines(heading.parts);
    headings = /^[IVX]+\./.test(title) ? [title] : [...headings.slice(0, 1), title];
    heading = null;
  };

  for (const { text: raw, line } of toSourceLines(text)) {
    const trimmed = raw.trim();
    if (!trimmed) {
      closeHeading();
      previousBlank = true;
      continue;
    }
    if (PAGE_FURNITURE.some((pattern) => pattern.test(trimmed))) {
      if (/^CTOC\//.test(trimmed) && !headerSymbol) headerSymbol = { symbol: trimmed, line };
      continue;
    }
    const clean = cleanInline(raw);
    const numbered = /^(\d+)\.\s+(.*)$/.exec(clean);
    const expected = (paragraphs.at(-1)?.number ?? 0) + 1;
    if (numbered && Number(numbered[1]) === expected) {
      closeHeading();
      current = { number: expected, text: '', lines: [line], headings };
      parts.set(current, [numbered[2]!]);
      paragraphs.push(current);
    } else if (heading) {
      heading.parts.push(clean);
    } else if ((previousBlank || /^\s/.test(raw)) && HEADING.test(clean)) {
      heading = { parts: [clean], open: true };
      current = null;
    } else if (current) {
      parts.get(current)!.push(clean);
      current.lines.push(line);
    }
    previousBlank = false;
  }
  closeHeading();
  for (const [paragraph, paragraphParts] of parts) paragraph.text = joinLines(paragraphParts);
  return { paragraphs, headerSymbol };
}
