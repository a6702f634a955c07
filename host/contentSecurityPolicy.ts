/**
 * The renderer's Content Security Policy: its own files only, no inline or evaluated script, no
 * remote anything. `web` is the web server's header; `electron` the window's header, where the
 * page talks to the host over IPC and needs no fetch at all; `meta` goes into the built
 * index.html as a second line of defence, should the page ever be served without the header,
 * and leaves out what a meta tag cannot carry.
 */
export type CspTarget = 'web' | 'electron' | 'meta';

export function contentSecurityPolicy(target: CspTarget, syncOrigins: readonly string[] = []): string {
  const directives: [string, string][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self'"],
    ['worker-src', "'self'"],
    ['connect-src', connectSources(target, syncOrigins)],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['object-src', "'none'"],
  ];
  if (target !== 'meta') directives.push(['frame-ancestors', "'none'"]);
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/**
 * Where the page may connect: its own server (web mode), and the sync servers of the drafts the
 * user shared or joined (`syncOrigins`, each already a bare `ws(s)://host:port` origin), nothing
 * else. A meta tag is fixed at build time and cannot know those servers; the header, always sent,
 * is what limits them, so the meta allows any secure WebSocket and plain ones only to this computer.
 */
function connectSources(target: CspTarget, syncOrigins: readonly string[]): string {
  if (target === 'meta') return "'self' wss: ws://127.0.0.1:* ws://localhost:*";
  const sources = [...(target === 'web' ? ["'self'"] : []), ...syncOrigins];
  return sources.length > 0 ? sources.join(' ') : "'none'";
}
