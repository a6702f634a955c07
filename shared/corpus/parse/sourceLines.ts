/** A raw line of a source file with its 1-based line number. */
export interface SourceLine {
  text: string;
  line: number;
}

export function toSourceLines(text: string, firstLine = 1): SourceLine[] {
  return text.split(/\r?\n/).map((line, index) => ({ text: line, line: firstLine + index }));
}

/** Index of the first line, at or after `from`, whose trimmed text satisfies the predicate; -1 if none. */
export function findLine(lines: readonly SourceLine[], predicate: (text: string) => boolean, from = 0): number {
  for (let index = from; index < lines.length; index++) {
    if (predicate(lines[index]!.text.trim())) return index;
  }
  return -1;
}
