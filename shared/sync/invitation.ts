/**
 * An invitation to a shared draft: the sync server's address, the draft's room and its access
 * token, and the title to give the colleague's copy. One line of text, copied and pasted between
 * delegates: `precedent-desk:join?server=…&room=…&token=…&title=…`.
 */
export interface Invitation {
  /** `wss://host[:port][/path]`; `ws://` only to this computer (a server run for a test or behind a local proxy). */
  server: string;
  room: string;
  token: string;
  title: string;
}

const PREFIX = 'precedent-desk:join?';
const ROOM = /^[A-Za-z0-9_-]{16,64}$/;
const TOKEN = /^[A-Za-z0-9_-]{32,128}$/;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type InvitationProblem = 'not-an-invitation' | 'bad-server' | 'bad-room' | 'bad-token';

export function isRoomName(value: unknown): value is string {
  return typeof value === 'string' && ROOM.test(value);
}

export function isRoomToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN.test(value);
}

export function formatInvitation(invitation: Invitation): string {
  const fields: [string, string][] = [
    ['server', invitation.server],
    ['room', invitation.room],
    ['token', invitation.token],
    ['title', invitation.title],
  ];
  return PREFIX + fields.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');
}

export function parseInvitation(text: string): { ok: true; invitation: Invitation } | { ok: false; problem: InvitationProblem } {
  const trimmed = text.trim();
  if (!trimmed.startsWith(PREFIX)) return { ok: false, problem: 'not-an-invitation' };
  const fields = new Map<string, string>();
  for (const pair of trimmed.slice(PREFIX.length).split('&')) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    try {
      fields.set(pair.slice(0, at), decodeURIComponent(pair.slice(at + 1)));
    } catch {
      return { ok: false, problem: 'not-an-invitation' };
    }
  }
  const server = fields.get('server') ?? '';
  const room = fields.get('room');
  const token = fields.get('token');
  if (syncServerOrigin(server) === null) return { ok: false, problem: 'bad-server' };
  if (!isRoomName(room)) return { ok: false, problem: 'bad-room' };
  if (!isRoomToken(token)) return { ok: false, problem: 'bad-token' };
  return { ok: true, invitation: { server, room, token, title: fields.get('title') ?? '' } };
}

/**
 * The origin a sync server address connects to (`wss://host:port`), what the window's Content
 * Security Policy lets it reach; null for anything that is not a WebSocket address a desk may use:
 * another scheme, credentials, a query, or plain `ws://` to another computer (the token would
 * travel in clear).
 */
export function syncServerOrigin(address: string): string | null {
  const match = /^(wss?):\/\/(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?(\/[A-Za-z0-9._~\/-]*)?$/.exec(address);
  if (!match) return null;
  const [, scheme, host, port] = match as unknown as [string, string, string, string | undefined];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return null;
  const lowerHost = host.toLowerCase();
  if (scheme === 'ws' && !LOOPBACK_HOSTS.has(lowerHost)) return null;
  return `${scheme}://${lowerHost}${port === undefined ? '' : `:${port}`}`;
}
