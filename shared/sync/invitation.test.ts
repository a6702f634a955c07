import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatInvitation, parseInvitation, syncServerOrigin, type Invitation } from './invitation';

const room = 'Rk3vQ0a9xYz_-12345678';
const token = 'T'.repeat(43);

describe('invitation', () => {
  it('reads back what it wrote, whatever the title', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('wss://sync.example.org', 'ws://127.0.0.1:4444', 'wss://host:8443/desk-sync'), (title, server) => {
        const invitation: Invitation = { server, room, token, title };
        expect(parseInvitation(formatInvitation(invitation))).toEqual({ ok: true, invitation });
      }),
    );
  });

  it('names what is wrong with a pasted text', () => {
    expect(parseInvitation('hello')).toEqual({ ok: false, problem: 'not-an-invitation' });
    expect(parseInvitation(formatInvitation({ server: 'https://x.org', room, token, title: '' }))).toEqual({ ok: false, problem: 'bad-server' });
    expect(parseInvitation(formatInvitation({ server: 'wss://x.org', room: '../etc', token, title: '' }))).toEqual({ ok: false, problem: 'bad-room' });
    expect(parseInvitation(formatInvitation({ server: 'wss://x.org', room, token: 'short', title: '' }))).toEqual({ ok: false, problem: 'bad-token' });
  });

  it('gives the origin the window may connect to, and refuses plain ws:// to another computer', () => {
    expect(syncServerOrigin('wss://Sync.Example.org:8443/desk')).toBe('wss://sync.example.org:8443');
    expect(syncServerOrigin('ws://127.0.0.1:4444')).toBe('ws://127.0.0.1:4444');
    expect(syncServerOrigin('ws://sync.example.org')).toBeNull();
    expect(syncServerOrigin('wss://user:pw@sync.example.org')).toBeNull();
    expect(syncServerOrigin('wss://sync.example.org/?a=b')).toBeNull();
    expect(syncServerOrigin("wss://x.org; script-src 'unsafe-inline'")).toBeNull();
  });
});
