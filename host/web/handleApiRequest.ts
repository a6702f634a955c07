import type { IncomingMessage, ServerResponse } from 'node:http';
import { type DeskHost, isDeskHostMethod } from '../../shared/host/DeskHost';
import type { HostErrorCode } from '../../shared/host/hostError';
import type { DeskHostReply } from '../../shared/host/transport';
import { callHostMethod, failure } from './callHostMethod';
import { readJsonBody } from './readJsonBody';

/** `POST /api/<method>`: the body is the method's one argument as JSON (empty for none). */
export async function handleApiRequest(req: IncomingMessage, res: ServerResponse, host: DeskHost, method: string): Promise<void> {
  if (req.method !== 'POST') return sendReply(res, 405, failure('request.invalid', 'Host methods are called with POST.'), { Allow: 'POST' });
  if (!isDeskHostMethod(method)) return sendReply(res, 404, failure('request.invalid', `Unknown host method "${method}".`));
  const contentType = req.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    return sendReply(res, 415, failure('request.invalid', 'Host calls must be sent as application/json.'));
  }

  const body = await readJsonBody(req, res);
  if (!body.ok) return sendReply(res, body.status, failure(BODY_REFUSALS[body.status], body.error), body.headers);
  const { status, reply } = await callHostMethod(host, method, body.value);
  sendReply(res, status, reply);
}

const BODY_REFUSALS = { 400: 'request.invalid', 413: 'request.tooLarge', 503: 'host.busy' } as const satisfies Record<number, HostErrorCode>;

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
