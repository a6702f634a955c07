import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KeyedQueue } from '../drafts/KeyedQueue';
import { writeFileAtomic } from '../fs/writeFileAtomic';

/**
 * Each shared draft's Yjs state, one file per draft in `<data-dir>/documents/`, written atomically
 * so a crash leaves the previous state whole. File names are a hash of the room name, so no name a
 * client sends can reach outside the folder.
 */
export class SyncDocumentStore {
  private readonly folder: string;
  /** One write at a time per document: an older state must never be renamed over a newer one. */
  private readonly writes = new KeyedQueue();

  constructor(dataDir: string) {
    this.folder = join(dataDir, 'documents');
  }

  async load(room: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.pathOf(room)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  save(room: string, state: Uint8Array): Promise<void> {
    return this.writes.run(room, async () => {
      await mkdir(this.folder, { recursive: true });
      await writeFileAtomic(this.pathOf(room), state);
    });
  }

  private pathOf(room: string): string {
    return join(this.folder, `${createHash('sha256').update(room).digest('hex')}.yjs`);
  }
}
