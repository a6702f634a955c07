import type { IncomingMessage, ServerResponse } from 'node:http';
import { BytesInFlight } from './BytesInFlight';
import { jsonNestsDeeperThan } from './jsonDepth';

export interface BodyLimits {
  /** One body: drafts are the largest, far below this. */
  bodyBytes: number;
  /** Nesting of arrays and objects: a draft's editor state nests a few dozen levels. */
  jsonDepth: number;
}

export const BODY_LIMITS: BodyLimits = { bodyBytes: 64 * 1024 * 1024, jsonDepth: 256 };

/** Bodies held at once by this process: one body at the limit and the small calls beside it. */
const SERVER_BYTES_IN_FLIGHT = new BytesInFlight(96 * 1024 * 1024);

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 503; error: string; headers?: Record<string, string> };

/**
 * The request's JSON body (undefined when empty), or why it is refused: too large (413), too
 * deeply nested or not JSON (400), or too much already in flight (503, try again). The bytes stay
 * counted in flight until the response is finished.
 */
export async function readJsonBody(req: IncomingMessage, res: ServerResponse, inFlight: BytesInFlight = SERVER_BYTES_IN_FLIGHT, limits: BodyLimits = BODY_LIMITS): Promise<JsonBody> {
  const lease = new Lease(inFlight);
  res.once('close', () => lease.end());
  const body = await readBody(req, lease, limits.bodyBytes);
  if (body === 'too-large') {
    return { ok: false, status: 413, error: `The request body is larger than ${limits.bodyBytes} bytes.`, headers: { Connection: 'close' } };
  }
  if (body === 'busy') {
    return { ok: false, status: 503, error: 'The server is busy receiving other large requests; try again in a moment.', headers: { 'Retry-After': '1' } };
  }
  if (body.length === 0) return { ok: true, value: undefined };
  if (jsonNestsDeeperThan(body, limits.jsonDepth)) {
    return { ok: false, status: 400, error: `The request body nests JSON deeper than ${limits.jsonDepth} levels.` };
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false, status: 400, error: 'The request body is not valid JSON.' };
  }
}

/** The bytes one request holds in flight, given back once (when refused, failed or answered). */
class Lease {
  private held = 0;
  private ended = false;

  constructor(private readonly inFlight: BytesInFlight) {}

  take(bytes: number): boolean {
    if (this.ended || !this.inFlight.reserve(bytes)) return false;
    this.held += bytes;
    return true;
  }

  end(): void {
    this.inFlight.release(this.held);
    this.held = 0;
    this.ended = true;
  }
}

function readBody(req: IncomingMessage, lease: Lease, maxBytes: number): Promise<string | 'too-large' | 'busy'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const refuse = (reason: 'too-large' | 'busy') => {
      // Keeps draining rather than destroying the socket, so the refusal still reaches the caller.
      req.removeAllListeners('data');
      req.removeAllListeners('end');
      req.resume();
      chunks.length = 0;
      lease.end();
      resolve(reason);
    };
    req.on('data', (chunk: Buffer) => {
      if (size + chunk.length > maxBytes) return refuse('too-large');
      if (!lease.take(chunk.length)) return refuse('busy');
      size += chunk.length;
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks, size).toString('utf8')));
    req.on('error', (error) => {
      lease.end();
      reject(error);
    });
  });
}
