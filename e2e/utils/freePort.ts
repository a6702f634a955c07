import { createServer, type AddressInfo } from 'node:net';

/** A port free on 127.0.0.1 right now (a module of its own: unit tests use it without the e2e setup). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
