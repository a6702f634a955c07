import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { DESK_HOST_SOCKET_PATH, DESK_HOST_TOKEN_HEADER, type DeskHostSocketReply } from '../shared/host/transport';
import { openApp } from './utils/openApp';
import { callHost, rawRequest } from './utils/rawRequest';
import { E2E_BASE_URL, E2E_PORT, E2E_TOKEN } from './utils/testServer';

async function settings(): Promise<Record<string, unknown>> {
  return (JSON.parse((await callHost('getSettings')).body) as { result: Record<string, unknown> }).result;
}

test.describe('web mode access control', () => {
  test('the page opened from the printed address can call the host, over its socket and over HTTP', async ({ page }) => {
    const socketReplies: string[] = [];
    page.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => socketReplies.push(String(payload))));
    await openApp(page);
    // The window's own calls, once its socket is open (the table's later pages, the draft's calls).
    await expect.poll(() => socketReplies.some((reply) => 'result' in (JSON.parse(reply) as DeskHostSocketReply).reply)).toBe(true);
    const reply = await page.evaluate(
      async ({ header, token }) => {
        const response = await fetch('/api/listDrafts', { method: 'POST', headers: { 'content-type': 'application/json', [header]: token }, body: '' });
        return { status: response.status, body: (await response.json()) as unknown };
      },
      { header: DESK_HOST_TOKEN_HEADER, token: E2E_TOKEN },
    );
    // The data folder is shared by the run's tests, so the list may hold drafts made by others.
    expect(reply).toEqual({ status: 200, body: { result: expect.any(Array) } });
  });

  test('the page is served under a Content-Security-Policy without remote or inline code', async ({ page }) => {
    const response = await page.goto(`${E2E_BASE_URL}/?token=${E2E_TOKEN}`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  test('an API request without the token is refused and not carried out', async () => {
    const response = await rawRequest('/api/saveSettings', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"noToken":true}' });
    expect(response.status).toBe(401);
    expect(await settings()).not.toHaveProperty('noToken');
  });

  test('an API request with a wrong token is refused', async () => {
    const response = await callHost('saveSettings', { wrongToken: true }, { [DESK_HOST_TOKEN_HEADER]: `${E2E_TOKEN}x` });
    expect(response.status).toBe(401);
    expect(await settings()).not.toHaveProperty('wrongToken');
  });

  test('a request for a foreign Host is refused, token or not (DNS rebinding)', async () => {
    for (const host of [`rebound.example:${E2E_PORT}`, `127.0.0.1:${E2E_PORT + 1}`]) {
      expect((await callHost('saveSettings', { foreignHost: host }, { host })).status, host).toBe(403);
      expect((await rawRequest('/', { headers: { host } })).status, host).toBe(403);
    }
    expect(await settings()).not.toHaveProperty('foreignHost');
  });

  test('a request with a foreign Origin is refused, even with the token', async () => {
    const response = await callHost('saveSettings', { foreignOrigin: true }, { origin: 'http://attacker.example' });
    expect(response.status).toBe(403);
    expect(await settings()).not.toHaveProperty('foreignOrigin');
  });

  test.describe('a page on another origin, in the browser', () => {
    let other: Server;
    test.beforeAll(async () => {
      other = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>elsewhere</title>'));
      await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    });
    test.afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

    test('cannot call the host, even knowing the token', async ({ page }) => {
      await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
      const outcome = await page.evaluate(
        async ({ api, header, token, socketPath }) => {
          const withToken = await fetch(`${api}/saveSettings`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', [header]: token },
            body: '{"crossSite":"fetch"}',
          }).then(
            () => 'answered',
            () => 'blocked',
          );
          // What a cross-site form can send without a preflight: it reaches the server with the
          // foreign Origin; the page never sees the answer (Cross-Origin-Resource-Policy).
          await fetch(`${api}/saveSettings`, {
            method: 'POST',
            mode: 'no-cors',
            headers: { 'content-type': 'text/plain' },
            body: '{"crossSite":"form"}',
          }).catch(() => undefined);
          // A WebSocket is not held back by CORS: the server itself refuses the foreign Origin.
          const overSocket = await new Promise((resolve) => {
            const socket = new WebSocket(`${api.replace(/^http/, 'ws').replace(/\/api$/, socketPath)}?token=${token}`);
            socket.onopen = () => {
              socket.send(JSON.stringify({ id: 1, method: 'saveSettings', argument: { crossSite: 'socket' } }));
              resolve('opened');
            };
            socket.onerror = () => resolve('refused');
          });
          return [withToken, overSocket];
        },
        { api: `${E2E_BASE_URL}/api`, header: DESK_HOST_TOKEN_HEADER, token: E2E_TOKEN, socketPath: DESK_HOST_SOCKET_PATH },
      );
      expect(outcome).toEqual(['blocked', 'refused']);
      expect(await settings()).not.toHaveProperty('crossSite');
    });
  });
});
