import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import type { Provider, ProviderAwareness } from '@lexical/yjs';
import * as Y from 'yjs';
import type { Invitation } from '../../shared/sync/invitation';
import { WindowRelay } from './WindowRelay';

type Listener = (...args: never[]) => void;

/** What the status bar shows: the connection, what is waiting to go out, and who else is on the draft. */
export interface SharedDraftStatus {
  connection: 'connecting' | 'connected' | 'offline' | 'refused';
  /** Changes made here that the server has not confirmed yet. */
  pending: boolean;
  /** Names of the others on the draft now. */
  others: { name: string; color: string }[];
  /** No content yet: a colleague's desk before the server first answered. */
  waiting: boolean;
}

/** Local changes are saved to the data folder at most this often (and when the page is left). */
const LOCAL_SAVE_DELAY_MS = 400;

/**
 * Lexical's collaboration provider for one shared draft, over Hocuspocus. Offline first: `connect`
 * first applies the Yjs state this desk holds (so the draft opens and is edited without the
 * server), then reaches the server, which merges both ways; every change, local or remote, is
 * added to the state the host keeps in the data folder.
 */
export class SharedDraftProvider implements Provider {
  readonly awareness: ProviderAwareness;
  private readonly hocuspocus: HocuspocusProvider;
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly statusListeners = new Set<() => void>();
  private localStateApplied = false;
  private relay: WindowRelay | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private status: SharedDraftStatus = { connection: 'connecting', pending: false, others: [], waiting: true };

  constructor(
    readonly doc: Y.Doc,
    private readonly invitation: Invitation,
    private readonly localState: Uint8Array | null,
    private readonly saveLocalState: (update: Uint8Array) => Promise<void>,
  ) {
    this.socket = new HocuspocusProviderWebsocket({
      url: invitation.server,
      autoConnect: false,
      // Hotel Wi-Fi comes and goes: try again soon, and never give up.
      delay: 500,
      minDelay: 300,
      factor: 1.5,
      maxDelay: 3000,
    });
    this.hocuspocus = new HocuspocusProvider({ websocketProvider: this.socket, name: invitation.room, token: invitation.token, document: doc });
    this.awareness = this.hocuspocus.awareness as unknown as ProviderAwareness;
    this.hocuspocus.on('status', ({ status }: { status: WebSocketStatus }) => {
      this.emit('status', { status });
      this.setStatus({ connection: status === WebSocketStatus.Connected ? 'connected' : status === WebSocketStatus.Connecting ? 'connecting' : 'offline' });
    });
    this.hocuspocus.on('synced', ({ state }: { state: boolean }) => {
      this.emit('sync', state);
      if (state) this.announcePresence();
    });
    this.hocuspocus.on('authenticationFailed', () => this.setStatus({ connection: 'refused' }));
    this.hocuspocus.on('unsyncedChanges', () => this.setStatus({ pending: this.hocuspocus.hasUnsyncedChanges }));
    this.hocuspocus.on('awarenessChange', () => this.setStatus({ others: this.othersOnDraft() }));
    doc.on('update', this.scheduleLocalSave);
  }

  connect(): void {
    if (!this.localStateApplied) {
      this.localStateApplied = true;
      if (this.localState) Y.applyUpdate(this.doc, this.localState, this);
      // The other windows of this desk on the draft, server or not.
      this.relay = new WindowRelay(this.doc, this.invitation.room);
      // The draft is usable from what this desk holds, server or not.
      this.emit('sync', true);
    }
    this.hocuspocus.attach();
    void this.socket.connect();
  }

  disconnect(): void {
    this.socket.disconnect();
  }

  /** Leaves the draft: the last changes are saved here first. */
  destroy(): Promise<void> {
    this.doc.off('update', this.scheduleLocalSave);
    this.relay?.close();
    const saved = this.saveNow();
    this.hocuspocus.destroy();
    this.socket.destroy();
    return saved;
  }

  on(type: string, listener: Listener): void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener);
  }

  off(type: string, listener: Listener): void {
    this.listeners.get(type)?.delete(listener);
  }

  getStatus = (): SharedDraftStatus => this.status;

  subscribeStatus = (listener: () => void): (() => void) => {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  };

  /** Saves what is pending now (leaving the page, switching drafts). */
  saveNow(): Promise<void> {
    if (this.saveTimer === null) return Promise.resolve();
    clearTimeout(this.saveTimer);
    this.saveTimer = null;
    return this.saveLocalState(Y.encodeStateAsUpdate(this.doc)).catch((error: unknown) => console.warn('The shared draft could not be kept in the data folder', error));
  }

  private readonly scheduleLocalSave = (): void => {
    if (this.status.waiting && this.doc.get('root', Y.XmlText).length > 0) this.setStatus({ waiting: false });
    if (this.saveTimer !== null) return;
    this.saveTimer = setTimeout(() => void this.saveNow(), LOCAL_SAVE_DELAY_MS);
  };

  private emit(type: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(type) ?? []) (listener as (...a: unknown[]) => void)(...args);
  }

  private setStatus(change: Partial<SharedDraftStatus>): void {
    this.status = { ...this.status, ...change };
    for (const listener of this.statusListeners) listener();
  }

  /**
   * Says this desk's presence again once (re)connected. The others forgot it when their socket
   * closed (a server restart, Wi-Fi), but not its clock: the state the provider sends on connecting
   * comes with the same clock, and y-protocols ignores it. Set again, it goes with the next clock;
   * without this, the others saw this desk only at its next renewal, up to 15 s later.
   */
  private announcePresence(): void {
    const presence = this.awareness.getLocalState();
    if (presence) this.awareness.setLocalState({ ...presence });
  }

  private othersOnDraft(): SharedDraftStatus['others'] {
    const own = this.doc.clientID;
    return [...this.awareness.getStates().entries()]
      .filter(([clientId, state]) => clientId !== own && typeof state?.name === 'string')
      .map(([, state]) => ({ name: state.name, color: state.color }));
  }
}
