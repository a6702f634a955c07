import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './contentSecurityPolicy';

const connectSrc = (policy: string) => /connect-src ([^;]*)/.exec(policy)?.[1];

describe('contentSecurityPolicy', () => {
  it('lets the web page connect to its own server and to the sync servers of shared drafts only', () => {
    expect(connectSrc(contentSecurityPolicy('web'))).toBe("'self'");
    expect(connectSrc(contentSecurityPolicy('web', ['wss://sync.example.org']))).toBe("'self' wss://sync.example.org");
    expect(connectSrc(contentSecurityPolicy('electron'))).toBe("'none'");
    expect(connectSrc(contentSecurityPolicy('electron', ['ws://127.0.0.1:4444']))).toBe('ws://127.0.0.1:4444');
  });

  it('gives the build-time meta tag, which cannot know the servers, secure WebSockets and this computer only', () => {
    expect(connectSrc(contentSecurityPolicy('meta'))).toBe("'self' wss: ws://127.0.0.1:* ws://localhost:*");
  });
});
