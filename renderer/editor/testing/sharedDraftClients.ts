import { createYjsBinding, syncLexicalUpdateToYjs, syncYjsChangesToLexical, type Binding, type Provider } from '@lexical/yjs';
import { createEditor, SKIP_COLLAB_TAG, type LexicalEditor } from 'lexical';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { registerDraftStructure } from '../draftStructure';
import { DRAFT_EDITOR_NAMESPACE, editorNodes } from '../editorNodes';
import { keepRemoteTextApart } from '../keepRemoteTextApart';
import { registerRemoteChangeRepair } from '../remoteChangeRepair';
import { TextLostWhileApplying } from './textLostWhileApplying';

/** Marks updates applied from another client, so they are not sent on again. */
const FROM_PEER = Symbol('from peer');

/**
 * One co-drafter without a page: a headless draft editor bound to its own Yjs document by
 * @lexical/yjs (the same binding functions the collaboration plugin wires up), whose updates wait in
 * an outbox until the test delivers them, in whatever order it chooses.
 */
export class SharedDraftClient {
  readonly editor: LexicalEditor;
  readonly outbox: Uint8Array[] = [];
  readonly textLost: TextLostWhileApplying;
  private readonly binding: Binding;

  /** `doc`: a document a provider already syncs (the bench); by default one of its own, synced by the test through the outbox. */
  constructor(readonly doc: Y.Doc = new Y.Doc()) {
    keepRemoteTextApart();
    this.editor = createEditor({
      namespace: DRAFT_EDITOR_NAMESPACE,
      nodes: [...editorNodes],
      onError: (error) => {
        throw error;
      },
    });
    this.binding = createYjsBinding({ editor: this.editor, id: 'draft', doc: this.doc, docMap: new Map([['draft', this.doc]]) });
    const provider = headlessProvider(this.doc);
    this.textLost = new TextLostWhileApplying(this.doc);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_PEER) this.outbox.push(update);
    });
    this.binding.root.getSharedType().observeDeep((events, transaction) => {
      if (transaction.origin === this.binding) return;
      syncYjsChangesToLexical(this.binding, provider, events as never, transaction.origin instanceof Y.UndoManager, () => undefined);
    });
    this.editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
      if (tags.has(SKIP_COLLAB_TAG)) return;
      syncLexicalUpdateToYjs(this.binding, provider, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags);
    });
  }

  /** What the desk does once the shared content is there: the draft's rules, and their repair after remote changes. */
  async startRules(): Promise<void> {
    registerDraftStructure(this.editor);
    registerRemoteChangeRepair(this.editor);
    await this.settle();
  }

  async receive(update: Uint8Array): Promise<void> {
    await this.textLost.during(async () => {
      Y.applyUpdate(this.doc, update, FROM_PEER);
      await this.settle();
    });
  }

  /**
   * Lets pending editor updates commit, as a page does between two messages: Lexical commits them
   * in a microtask. Never with an update of our own: it would join the binding's pending remote
   * update, run the draft's transforms in it, and their changes would stay out of the shared document.
   */
  async settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Cursor syncing reads the awareness; nothing is drawn without a page. */
function headlessProvider(doc: Y.Doc): Provider {
  const awareness = new Awareness(doc);
  return {
    awareness: awareness as unknown as Provider['awareness'],
    connect: () => undefined,
    disconnect: () => undefined,
    on: () => undefined,
    off: () => undefined,
  };
}

/** Delivers every update waiting in any outbox until none is left (repairs may send more). */
export async function deliverAll(clients: readonly SharedDraftClient[]): Promise<void> {
  for (let round = 0; round < 50; round++) {
    let delivered = false;
    for (const [i, from] of clients.entries()) {
      for (const update of from.outbox.splice(0)) {
        delivered = true;
        for (const [j, to] of clients.entries()) if (j !== i) await to.receive(update);
      }
    }
    if (!delivered) return;
  }
  throw new Error('Updates kept coming after 50 rounds: the clients never settle.');
}
