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
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.words[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let i = low; i < this.words.length && this.words[i]!.startsWith(prefix); i++) found.push(this.words[i]!);
    return found;
  }
}
