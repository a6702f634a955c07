import type { NodeDeskHost } from '../NodeDeskHost';

/**
 * Closes a test's host once its start is over: the start reads the library in the background,
 * making its folders, and removing the data folder meanwhile failed (ENOTEMPTY, seen on a busy machine).
 */
export async function closeWhenStarted(host: NodeDeskHost): Promise<void> {
  await host.getCatalog().catch(() => undefined);
  host.close();
}
