/**
 * Cleaning of text extracted from PDFs: markup and footnote artefacts go, wording stays verbatim
 * (no typographic rewriting: apostrophes, quotes and typos are kept as the source has them).
 */

const SUPERSCRIPT_DIGITS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

/** Removes markdown/HTML artefacts and footnote markers from one line of source text. */
export function cleanInline(line: string): string {
  return line
    .replace(/<sup>\s*\d+\s*<\/sup>/g, '')
    .replace(/<sup>([^<]*)<\/sup>/g, '$1')
    .replace(/\^\{([^}]*)\}/g, '$1')
    .replace(/<\/?i>/g, '')
    .replace(/\[([^\]]*)\]\(#?\)/g, '$1')
    .replace(/\[([^\]]*)\]\(#[^)]*\)/g, '$1')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*+/g, '')
    .replace(SUPERSCRIPT_DIGITS, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** A footnote line marked as such: a superscript number or `<sup>N</sup>` first. */
export function isMarkedFootnoteLine(rawLine: string): boolean {
  const line = rawLine.trim();
  return /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s/.test(line) || /^<sup>\s*\d+\s*<\/sup>/.test(line);
}

/**
 * A footnote whose number lost its superscript ("6 CTOC/COP/WG.7/2012/6."). Only meaningful in
 * sources with one paragraph per line, where such a line stands alone between blank lines.
 */
export function isPlainDigitFootnoteLine(rawLine: string): boolean {
  return /^\d{1,3} \S/.test(rawLine.trim()) && !/^\d+\.\s/.test(rawLine.trim());
}

/** Horizontal rules and similar page furniture of markdown extractions. */
export function isRuleLine(rawLine: string): boolean {
  return /^\s*(-{3,}|\*{3,}|_{3,})\s*$/.test(rawLine);
}

/** A document symbol cut after one of its slashes at a line end: "(CTOC/COP/WG.7/". */
const SYMBOL_CUT_AT_SLASH = /(?:^|[\s(])[A-Z][A-Z\d.]*(?:\/[\w.]+)*\/$/;

/**
 * Joins the lines of one paragraph: page-break and hard-wrap splits become single spaces, except
 * inside a document symbol cut at a slash ("CTOC/COP/WG.7/" + "2012/INF.1/Rev.2"), whose halves
 * are rejoined as printed on one line.
 */
export function joinLines(parts: readonly string[]): string {
  let joined = '';
  for (const part of parts.map((p) => p.trim()).filter((p) => p.length > 0)) {
    const glued = SYMBOL_CUT_AT_SLASH.test(joined) && /^[\w(]/.test(part);
    joined += joined === '' || glued ? part : ` ${part}`;
  }
  return joined.replace(/[ \t]+/g, ' ').trim();
}

/** True when a block of text ends a sentence or clause, so the next line starts a new block. */
export function endsClause(text: string): boolean {
  return /[.;:,!?»”")]\s*$/.test(text.trim());
}
