import type { IncomingMessage, ServerResponse } from 'node:http';
import { type DeskHost, isDeskHostMethod } from '../../shared/host/DeskHost';
import type { DeskHostReply } from '../../shared/host/transport';
import { HostInputError } from '../HostInputError';

/** Drafts are the largest bodies; this is far above any real one and stops a runaway request. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** `POST /api/<method>`: the body is the method's one argument as JSON (empty for none). */
export async function handleApiRequest(req: IncomingMessage, res: ServerResponse, host: DeskHost, method: string): Promise<void> {
  if (req.method !== 'POST') return sendReply(res, 405, { error: 'Host methods are called with POST.' }, { Allow: 'POST' });
  if (!isDeskHostMethod(method)) return sendReply(res, 404, { error: `Unknown host method "${method}".` });
  const contentType = req.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    return sendReply(res, 415, { error: 'Host calls must be sent as application/json.' });
  }

  const body = await readBody(req);
  if (body === null) {
    return sendReply(res, 413, { error: `The request body is larger than ${MAX_BODY_BYTES} bytes.` }, { Connection: 'close' });
  }
  let argument: unknown;
  try {
    argument = body.length === 0 ? undefined : JSON.parse(body);
  } catch {
    return sendReply(res, 400, { error: 'The request body is not valid JSON.' });
  }

  try {
    const call = host[method] as (argument: unknown) => Promise<unknown>;
    const result = await call.call(host, argument);
    sendReply(res, 200, { result });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof HostInputError) return sendReply(res, 400, { error: message });
    console.error(`Host method ${method} failed:`, error);
    sendReply(res, 500, { error: message });
  }
}

/** The whole body as text, or null once it passes the size limit. */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Keeps draining rather than destroying the socket, so the 413 still reaches the caller.
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function sendReply(res: ServerResponse, status: number, reply: DeskHostReply, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(reply);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(json);
}
