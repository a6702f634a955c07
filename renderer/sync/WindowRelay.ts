import * as Y from 'yjs';

type RelayMessage =
  | { kind: 'hello'; stateVector: Uint8Array }
  | { kind: 'welcome'; update: Uint8Array; stateVector: Uint8Array }
  | { kind: 'update'; update: Uint8Array };

/**
 * Relays a shared draft's changes between the windows of one desk (a BroadcastChannel: same
 * origin, same browser profile or Electron session), so two windows on one draft see each other's
 * words with the sync server down too. A window that opens says hello with what it holds; the
 * others answer with what it lacks and what they hold, and it sends back what they lack.
 */
export class WindowRelay {
  private readonly channel: BroadcastChannel;

  constructor(
    private readonly doc: Y.Doc,
    room: string,
  ) {
    this.channel = new BroadcastChannel(`precedent-desk:shared-draft:${room}`);
    this.channel.onmessage = (event: MessageEvent<RelayMessage>) => this.receive(event.data);
    doc.on('update', this.send);
    this.post({ kind: 'hello', stateVector: Y.encodeStateVector(doc) });
  }

  close(): void {
    this.doc.off('update', this.send);
    this.channel.close();
  }

  private receive(message: RelayMessage): void {
    switch (message.kind) {
      case 'hello':
        this.post({ kind: 'welcome', update: Y.encodeStateAsUpdate(this.doc, message.stateVector), stateVector: Y.encodeStateVector(this.doc) });
        return;
      case 'welcome':
        Y.applyUpdate(this.doc, message.update, this);
        this.post({ kind: 'update', update: Y.encodeStateAsUpdate(this.doc, message.stateVector) });
        return;
      case 'update':
        Y.applyUpdate(this.doc, message.update, this);
    }
  }

  private readonly send = (update: Uint8Array, origin: unknown): void => {
    // What came from another window is theirs to have sent.
    if (origin !== this) this.post({ kind: 'update', update });
  };

  private post(message: RelayMessage): void {
    this.channel.postMessage(message);
  }
}
