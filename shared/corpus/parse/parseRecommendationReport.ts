import { cleanInline, isMarkedFootnoteLine, isRuleLine, joinLines } from './cleanText';
import { matchItemMarker, nextLetter } from './itemMarkers';
import { toSourceLines } from './sourceLines';

/** A paragraph or a recommendation of a report whose recommendations are numbered "Recommandation N". */
export interface NumberedBlock {
  number: number;
  text: string;
  lines: number[];
  headings: string[];
  items: { marker: string; text: string; lines: number[] }[];
}

export interface RecommendationReport {
  /** Header lines before the first heading, cleaned, with line numbers (distribution, date, languages, place). */
  header: { text: string; line: number }[];
  /** The report's title line ("Rapport de la réunion ..."). */
  title: { text: string; line: number } | null;
  recommendations: NumberedBlock[];
  paragraphs: NumberedBlock[];
}

const RECOMMENDATION = /^Recomm[ae]ndation (\d+)$/;
const HEADING = /^([IVX]+|[A-H])\.\s+\S/;

/**
 * Parses a report extracted as markdown with "Recommandation N" blocks (seed 004). Headings may be
 * glued to the next marker ("**B. ...***Recommandation 3*"); footnotes and rules are dropped, and a
 * line that is no marker continues the block before it (page-break splits).
 */
export function parseRecommendationReport(text: string): RecommendationReport {
  const report: RecommendationReport = { header: [], title: null, recommendations: [], paragraphs: [] };
  const parts = new Map<{ text: string }, string[]>();
  let headings: string[] = [];
  let current: NumberedBlock | null = null;
  let currentItem: NumberedBlock['items'][number] | null = null;
  let seenHeading = false;

  const lines = toSourceLines(text).flatMap(({ text: raw, line }) =>
    raw.split(/(?<=\*\*)(?=\*Recomm[ae]ndation \d+\*)/).map((piece) => ({ text: piece, line })),
  );
  for (const { text: raw, line } of lines) {
    if (!raw.trim() || isRuleLine(raw) || isMarkedFootnoteLine(raw)) continue;
    const clean = cleanInline(raw);
    if (!clean) continue;
    const isMarkdownHeading = /^\s*#{1,6}\s/.test(raw) || /^\s*\*\*[^*]/.test(raw);
    const recommendation = RECOMMENDATION.exec(clean);
    const numbered = /^(\d+)\.\s+(.*)$/.exec(clean);
    if (recommendation) {
      current = { number: Number(recommendation[1]), text: '', lines: [line], headings, items: [] };
      parts.set(current, []);
      report.recommendations.push(current);
      currentItem = null;
    } else if (isMarkdownHeading && HEADING.test(clean)) {
      seenHeading = true;
      headings = /^[IVX]+\./.test(clean) ? [clean] : [...headings.slice(0, 1), clean];
      current = null;
      currentItem = null;
    } else if (!seenHeading) {
      if (/^\s*#{1,6}\s/.test(raw) && /^Rapport /.test(clean)) report.title = { text: clean, line };
      else report.header.push({ text: clean, line });
    } else if (numbered && Number(numbered[1]) === (report.paragraphs.at(-1)?.number ?? 0) + 1) {
      current = { number: Number(numbered[1]), text: '', lines: [line], headings, items: [] };
      parts.set(current, [numbered[2]!]);
      report.paragraphs.push(current);
      currentItem = null;
    } else if (current && matchItemMarker(clean)?.marker === nextLetter(current.items.at(-1)?.marker ?? null)) {
      const { marker, rest } = matchItemMarker(clean)!;
      currentItem = { marker, text: '', lines: [line] };
      parts.set(currentItem, [rest]);
      current.items.push(currentItem);
    } else if (current) {
      const target = currentItem ?? current;
      parts.get(target)!.push(clean);
      target.lines.push(line);
    }
  }
  for (const [block, blockParts] of parts) block.text = joinLines(blockParts);
  return report;
}
