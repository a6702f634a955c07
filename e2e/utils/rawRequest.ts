import { request } from 'node:http';
import { DESK_HOST_API_PREFIX, DESK_HOST_TOKEN_HEADER } from '../../shared/host/transport';
import { E2E_PORT, E2E_TOKEN } from './testServer';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A request with exactly the headers given (Host and Origin included), as another program or a
 * DNS-rebound page could send it; browsers and Playwright's request context would fix them up.
 */
export function rawRequest(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  const headers = { host: `127.0.0.1:${E2E_PORT}`, ...options.headers };
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: E2E_PORT, path, method: options.method ?? 'GET', headers, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** `POST /api/<method>` with the test token unless the headers say otherwise. */
export function callHost(method: string, argument?: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  return rawRequest(`${DESK_HOST_API_PREFIX}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [DESK_HOST_TOKEN_HEADER]: E2E_TOKEN, ...headers },
    body: argument === undefined ? '' : JSON.stringify(argument),
  });
}
