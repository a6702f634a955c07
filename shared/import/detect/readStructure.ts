import type { CorpusDocument, DocumentKind, Locator } from '../../corpus/model';
import { CONFERENCE, splitLeading } from '../../corpus/parse/parseCompendium';
import { parseOutline, type OutlineItem, type TextBlock } from '../../corpus/parse/parseOutline';
import { isPageFurniture, parseWrappedReport, type ReportItem } from '../../corpus/parse/parseWrappedReport';
import { cleanInline } from '../../corpus/parse/cleanText';
import { toSourceLines } from '../../corpus/parse/sourceLines';
import type { ImportedParagraph, ImportFormat } from '../model';

export interface DocumentStructure {
  kind: DocumentKind;
  scheme: CorpusDocument['locatorScheme'];
  /** Decision or resolution number, when a "Resolution 6/3" line gives it. */
  number: { value: string; line: number } | null;
  paragraphs: ImportedParagraph[];
  /** Section headings met, outermost first, in order: what tells a report from a list. */
  headings: string[];
  /** Lines before this one are the document's header (symbol, date, languages, title). */
  bodyStart: number;
  headerSymbol: { symbol: string; line: number } | null;
  /** The title block of a decision or resolution (the line after its number). */
  instrumentTitle: { text: string; line: number } | null;
}

const INSTRUMENT = /^(Resolution|Résolution|Decision|Décision)\s+(\d+\/\d+)\b/;
const RECOMMENDATIONS_SECTION = /recomm|conclusion/i;

/**
 * Paragraphs of an imported document, read with the bundled parsers: reports by parseWrappedReport
 * (numbered paragraphs, "Recommendation N", sub-items, headings, page furniture), decisions and
 * resolutions by parseOutline (chapeau, preambular paragraphs, operative paragraphs and sub-items).
 */
export function readStructure(text: string, format: ImportFormat): DocumentStructure {
  const lines = toSourceLines(text);
  const firstNumbered = lines.findIndex((line) => /^\d+\.\s+\S/.test(cleanInline(line.text)));
  const head = lines.slice(0, firstNumbered < 0 ? Math.min(lines.length, 60) : firstNumbered);
  const instrumentLine = head.find((line) => INSTRUMENT.test(cleanInline(line.text)));
  const conferenceLine = head.find((line) => CONFERENCE(cleanInline(line.text)));
  if (instrumentLine || conferenceLine) return readInstrument(text, format, instrumentLine ?? null);
  return readReport(text);
}

function readReport(text: string): DocumentStructure {
  const report = parseWrappedReport(text, { subItems: true, recommendations: true, markedFootnotes: true });
  const byRecommendation = report.recommendations.length > 0;
  const paragraphs: ImportedParagraph[] = [];
  const blocks = [
    ...report.paragraphs.map((block) => ({ block, isRecommendation: false })),
    ...report.recommendations.map((block) => ({ block, isRecommendation: true })),
  ].sort((a, b) => a.block.lines[0]! - b.block.lines[0]!);

  for (const { block, isRecommendation } of blocks) {
    const section = block.headings.at(-1) ?? null;
    const adopted = isRecommendation || (!byRecommendation && RECOMMENDATIONS_SECTION.test(block.headings[0] ?? '') && !announcesRecommendations(block.text));
    const kind = adopted ? 'recommendation' : 'context';
    const locatorKind = isRecommendation ? 'recommendation' : 'paragraph';
    const locator = (items: string[]): Locator => ({ kind: locatorKind, number: block.number, items, source: 'original-text' });
    if (!adopted) {
      // A list inside a report paragraph (an agenda) belongs to the paragraph, as in the bundled reports.
      paragraphs.push(paragraph(locator([]), kind, false, [block.text, ...inlineItems(block.items)].join(' '), section, null, block.lines[0]!));
      continue;
    }
    const parent = paragraphs.push(paragraph(locator([]), kind, true, block.text, section, null, block.lines[0]!)) - 1;
    const addItems = (items: readonly ReportItem[], path: string[], parentIndex: number) => {
      for (const item of items) {
        const itemPath = [...path, item.marker];
        const index = paragraphs.push(paragraph(locator(itemPath), 'subitem', true, item.text, section, parentIndex, item.lines[0]!)) - 1;
        addItems(item.children, itemPath, index);
      }
    };
    addItems(block.items, [], parent);
  }
  return {
    kind: 'report',
    scheme: byRecommendation ? 'recommendation' : 'paragraph',
    number: null,
    paragraphs,
    headings: [...new Set(blocks.flatMap(({ block }) => block.headings))],
    bodyStart: Math.min(...blocks.map(({ block }) => block.lines[0]!), Infinity),
    headerSymbol: report.headerSymbol,
    instrumentTitle: null,
  };
}

/** "The Working Group adopted the following recommendations": the paragraph announcing them is not one. */
function announcesRecommendations(text: string): boolean {
  return /adopt/i.test(text) && /recomm[ae]ndations/i.test(text) && /ci-après|suivantes|following|below|as follows/i.test(text);
}

function inlineItems(items: readonly ReportItem[]): string[] {
  return items.flatMap((item) => [`${item.label} ${item.text}`, ...inlineItems(item.children)]);
}

function readInstrument(text: string, format: ImportFormat, instrumentLine: { text: string; line: number } | null): DocumentStructure {
  const number = instrumentLine ? INSTRUMENT.exec(cleanInline(instrumentLine.text)) : null;
  const body = toSourceLines(text).filter((line) => (instrumentLine === null || line.line > instrumentLine.line) && !isPageFurniture(line.text.trim()));
  const outlineOf = (topLevel: 'number' | 'letter') =>
    // Footnotes whose number lost its superscript stand on lines of their own only where one line is one paragraph.
    parseOutline(body, { topLevel, plainDigitFootnotes: format !== 'pdf', opensLeadingBlock: CONFERENCE });
  const isDecision = number ? /^D/.test(number[1]!) : false;
  let outline = outlineOf(isDecision ? 'letter' : 'number');
  if (!number && outline.items.length === 0) {
    const lettered = outlineOf('letter');
    if (lettered.items.length > 0) outline = lettered;
  }
  const decision = isDecision || outline.items[0]?.level === 'letter';
  const leading = splitLeading(outline.leading);
  const paragraphs: ImportedParagraph[] = [];
  const block = (b: TextBlock) => ({ text: b.text, line: b.lines[0]! });
  // A decision's chapeau is addressable when it carries clauses beyond "The Conference of the Parties ...,".
  if (decision && leading.chapeau && /(organisée|Organized Crime)\s*,\s*\S/.test(leading.chapeau.text)) {
    paragraphs.push(paragraph({ kind: 'chapeau', number: null, items: [], source: 'original-text' }, 'chapeau', true, leading.chapeau.text, null, null, leading.chapeau.lines[0]!));
  }
  leading.preamble.forEach((b, position) => {
    const locator: Locator =
      leading.preamble.length > 1
        ? { kind: 'preamble', number: position + 1, items: [], source: 'original-text' }
        : { kind: 'unnumbered-preamble', number: null, items: [], source: 'original-text' };
    paragraphs.push(paragraph(locator, 'preambular', true, b.text, null, null, b.lines[0]!));
  });
  const addItem = (item: OutlineItem, parentIndex: number | null, path: string[], parentNumber: number | null) => {
    const isNumbered = item.level === 'number';
    const items = isNumbered ? [] : [...path, item.marker];
    const itemNumber = isNumbered ? Number(item.marker) : parentNumber;
    const locator: Locator = { kind: 'operative', number: itemNumber, items, source: 'original-text' };
    const index = paragraphs.push(paragraph(locator, parentIndex === null ? 'operative' : 'subitem', true, item.text, null, parentIndex, item.lines[0]!)) - 1;
    for (const child of item.children) addItem(child, index, items, itemNumber);
  };
  for (const item of outline.items) addItem(item, null, [], null);
  return {
    kind: decision ? 'decision' : 'resolution',
    scheme: decision ? 'decision' : 'resolution',
    number: number && instrumentLine ? { value: number[2]!, line: instrumentLine.line } : null,
    paragraphs,
    headings: [],
    bodyStart: Math.min(...[...outline.leading, ...outline.items].map((b) => b.lines[0]!), Infinity),
    headerSymbol: null,
    instrumentTitle: leading.title ? block(leading.title) : null,
  };
}

function paragraph(
  locator: Locator,
  kind: ImportedParagraph['kind'],
  adopted: boolean,
  text: string,
  section: string | null,
  parent: number | null,
  line: number,
): ImportedParagraph {
  return { locator, kind, adopted, text, section, parent, line, suggestedThemeIds: [] };
}
