/** The distinct words of an index (or of one text), sorted, so prefixes are found by bisection. */
export class Vocabulary {
  readonly words: readonly string[];
  private readonly set: ReadonlySet<string>;

  constructor(words: Iterable<string>) {
    this.set = new Set(words);
    this.words = [...this.set].sort();
  }

  has(word: string): boolean {
    return this.set.has(word);
  }

  withPrefix(prefix: string): string[] {
    const found: string[] = [];
    for (let i = this.firstFrom(prefix); i < this.words.length && this.words[i]!.startsWith(prefix); i++) found.push(this.words[i]!);
    return found;
  }

  /** Where the words beginning with `prefix` are in `words`: from `start` up to (not including) `end`. */
  prefixRange(prefix: string): { start: number; end: number } {
    const start = this.firstFrom(prefix);
    let end = start;
    while (end < this.words.length && this.words[end]!.startsWith(prefix)) end++;
    return { start, end };
  }

  /** The word's place in `words`, -1 when it is not one. */
  indexOf(word: string): number {
    const at = this.firstFrom(word);
    return this.words[at] === word ? at : -1;
  }

  hasPrefix(prefix: string): boolean {
    return this.words[this.firstFrom(prefix)]?.startsWith(prefix) ?? false;
  }

  /** The first word not before `prefix`, by bisection. */
  private firstFrom(prefix: string): number {
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.words[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
