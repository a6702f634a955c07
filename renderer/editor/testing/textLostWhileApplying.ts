import * as Y from 'yjs';

/**
 * Watches a desk's shared document for characters the desk itself removes while it applies a
 * co-drafter's change, and does not write back in the same transaction: words lost, since a desk
 * applying someone else's change may move text (a repair) but never delete it.
 */
export class TextLostWhileApplying {
  readonly lost: string[] = [];
  private applying = false;

  constructor(doc: Y.Doc) {
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (!this.applying || !transaction.local) return;
      const counts = new Map<string, number>();
      // Read before Yjs collects the deleted items' content, at the end of the transaction.
      Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => count(struct, counts, 1));
      const firstNewClock = transaction.beforeState.get(doc.clientID) ?? 0;
      for (const struct of doc.store.clients.get(doc.clientID) ?? []) if (struct.id.clock >= firstNewClock) count(struct, counts, -1);
      for (const [character, missing] of counts) if (missing > 0) this.lost.push(character.repeat(missing));
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
}

/** Adds (removed) or takes away (written) the characters of a piece of text. */
function count(struct: Y.Item | Y.GC, counts: Map<string, number>, sign: 1 | -1): void {
  if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentString)) return;
  for (const character of struct.content.str) counts.set(character, (counts.get(character) ?? 0) + sign);
}
