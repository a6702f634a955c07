import * as Y from 'yjs';

/**
 * Watches a desk's shared document for characters the desk itself removes while it applies a
 * co-drafter's change, and does not write back in the same transaction: words lost, since a desk
 * applying someone else's change may move text (a repair) but never delete it.
 */
export class TextLostWhileApplying {
  readonly lost: string[] = [];
  private applying = false;
  private measuring = false;
  private before: Map<string, number> | null = null;

  constructor(private readonly doc: Y.Doc) {
    doc.on('beforeTransaction', (transaction: Y.Transaction) => {
      if (this.applying && transaction.local && !this.measuring) this.before = this.characterCounts();
    });
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      const before = this.before;
      if (before === null || this.measuring) return;
      this.before = null;
      if (transaction.changed.size === 0) return;
      const after = this.characterCounts();
      for (const [character, count] of before) {
        const missing = count - (after.get(character) ?? 0);
        if (missing > 0) this.lost.push(character.repeat(missing));
      }
    });
  }

  async during(apply: () => Promise<void>): Promise<void> {
    this.applying = true;
    try {
      await apply();
    } finally {
      this.applying = false;
    }
  }

  private characterCounts(): Map<string, number> {
    this.measuring = true;
    try {
      const counts = new Map<string, number>();
      countCharacters(this.doc.get('root', Y.XmlText) as Y.XmlText, counts);
      return counts;
    } finally {
      this.measuring = false;
    }
  }
}

function countCharacters(text: Y.XmlText, counts: Map<string, number>): void {
  for (const { insert } of text.toDelta() as { insert: unknown }[]) {
    if (typeof insert === 'string') for (const character of insert) counts.set(character, (counts.get(character) ?? 0) + 1);
    else if (insert instanceof Y.XmlText) countCharacters(insert, counts);
  }
}
