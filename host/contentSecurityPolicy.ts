/**
 * The renderer's Content Security Policy: its own files only, no inline or evaluated script, no
 * remote anything. `web` is the web server's header; `electron` the window's header, where the
 * page talks to the host over IPC and needs no fetch at all; `meta` goes into the built
 * index.html as a second line of defence, should the page ever be served without the header,
 * and leaves out what a meta tag cannot carry.
 */
export type CspTarget = 'web' | 'electron' | 'meta';

export function contentSecurityPolicy(target: CspTarget): string {
  const directives: [string, string][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self'"],
    ['worker-src', "'self'"],
    ['connect-src', target === 'electron' ? "'none'" : "'self'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['object-src', "'none'"],
  ];
  if (target !== 'meta') directives.push(['frame-ancestors', "'none'"]);
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}
