import type { DeskHostMethod } from '../../shared/host/DeskHost';
import { HostError } from '../../shared/host/hostError';
import { DESK_HOST_SOCKET_MAX_CALL, type DeskHostReply, type DeskHostSocketCall, type DeskHostSocketReply } from '../../shared/host/transport';

type Waiting = { resolve(reply: DeskHostReply): void; reject(error: unknown): void };

/**
 * The web mode's socket to the host, for calls while it is open. It opens at the start, and again at
 * the first call after it closed (the server stopped, or restarted); until it is open, calls go over HTTP.
 */
export class HostSocket {
  private socket: WebSocket | null = null;
  /** Whether a call opens the socket: only once it has closed (its first opening is scheduled). */
  private openOnCall = false;
  private readonly waiting = new Map<number, Waiting>();
  private lastId = 0;

  constructor(
    private readonly url: string,
    private readonly connect: (url: string) => WebSocket = (address) => new WebSocket(address),
  ) {
    // A task later: the window's first calls, sent at once over HTTP, leave without waiting for it.
    setTimeout(() => this.open(), 0);
  }

  /** The call's reply, or null when the socket is not open or the argument is large: then the caller uses HTTP. */
  call(method: DeskHostMethod, argument: unknown): Promise<DeskHostReply> | null {
    if (!this.socket && this.openOnCall) this.open();
    const socket = this.socket;
    if (!socket || socket.readyState !== socket.OPEN) return null;
    const id = ++this.lastId;
    const message = JSON.stringify({ id, method, argument } satisfies DeskHostSocketCall);
    if (message.length > DESK_HOST_SOCKET_MAX_CALL) return null;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      socket.send(message);
    });
  }

  private open(): void {
    this.openOnCall = false;
    const socket = this.connect(this.url);
    this.socket = socket;
    socket.addEventListener('message', (event) => this.settle(JSON.parse(String(event.data)) as DeskHostSocketReply));
    socket.addEventListener('close', (event) => {
      if (this.socket === socket) {
        this.socket = null;
        this.openOnCall = true;
      }
      // As with an HTTP request cut off: the call may or may not have been carried out; trying again can work.
      const cut = new HostError('host.unreachable', `The connection to the host closed (${event.code}${event.reason ? `: ${event.reason}` : ''}).`);
      for (const { reject } of this.waiting.values()) reject(cut);
      this.waiting.clear();
    });
  }

  private settle({ id, reply }: DeskHostSocketReply): void {
    this.waiting.get(id)?.resolve(reply);
    this.waiting.delete(id);
  }
}
