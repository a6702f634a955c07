export interface TextParagraph {
  text: string;
  start: number;
  end: number;
}

/** One paragraph per non-blank line (blank lines separate nothing more), trimmed, with its offsets. */
export function splitParagraphs(text: string): TextParagraph[] {
  const paragraphs: TextParagraph[] = [];
  for (const match of text.matchAll(/[^\r\n]+/g)) {
    const line = match[0];
    const leading = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) paragraphs.push({ text: trimmed, start: match.index + leading, end: match.index + leading + trimmed.length });
  }
  return paragraphs;
}
