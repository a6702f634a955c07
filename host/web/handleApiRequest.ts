import type { IncomingMessage, ServerResponse } from 'node:http';
import { type DeskHost, isDeskHostMethod } from '../../shared/host/DeskHost';
import { HostError, type HostErrorCode, hostErrorInfoOf } from '../../shared/host/hostError';
import type { DeskHostReply } from '../../shared/host/transport';
import { HostInputError } from '../HostInputError';
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
  const argument = body.value;

  try {
    const call = host[method] as (argument: unknown) => Promise<unknown>;
    const result = await call.call(host, argument);
    sendReply(res, 200, { result });
  } catch (error) {
    if (error instanceof HostInputError) return sendReply(res, 400, { error: error.info });
    console.error(`Host method ${method} failed:`, error);
    sendReply(res, 500, { error: hostErrorInfoOf(error) });
  }
}

const BODY_REFUSALS = { 400: 'request.invalid', 413: 'request.tooLarge', 503: 'host.busy' } as const satisfies Record<number, HostErrorCode>;

export function failure(code: HostErrorCode, detail: string): DeskHostReply {
  return { error: new HostError(code, detail).info };
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
