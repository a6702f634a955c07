import { timingSafeEqual } from 'node:crypto';

/**
 * A page on any other site can make a browser send requests to 127.0.0.1, and a DNS-rebound
 * name can make them look same-origin; only requests addressed to our exact host and port,
 * from our own origin, get through.
 */
export function refuseForeignHost(hostHeader: string | undefined, port: number): string | null {
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (hostHeader !== undefined && allowed.includes(hostHeader.toLowerCase())) return null;
  return `Host "${hostHeader ?? ''}" is not this server (expected 127.0.0.1:${port}).`;
}

/** Browsers send Origin on cross-origin and non-GET requests; when present it must be the page's own. */
export function refuseForeignOrigin(origin: string | undefined, hostHeader: string): string | null {
  if (origin === undefined || origin.toLowerCase() === `http://${hostHeader.toLowerCase()}`) return null;
  return `Origin "${origin}" is not this server.`;
}

export function tokenMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  // Constant-time, so the token cannot be guessed one character at a time from response timings.
  return a.length === b.length && timingSafeEqual(a, b);
}
