import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isRoomName, isRoomToken } from '../../shared/sync/invitation';
import { writeFileAtomic } from '../fs/writeFileAtomic';

/**
 * The access token of each shared draft. The desk that shares a draft makes a random room name and
 * token; the first connection to a room records the token's hash (the token itself is never
 * stored), and from then on only that token opens it. `<data-dir>/tokens.json`, owner-only.
 */
export class RoomTokens {
  private readonly path: string;
  private hashes: Map<string, string> | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(dataDir: string) {
    this.path = join(dataDir, 'tokens.json');
  }

  /** True when the token opens the room (claiming a room no one has opened yet). */
  async admit(room: string, token: string): Promise<boolean> {
    if (!isRoomName(room) || !isRoomToken(token)) return false;
    const hashes = await this.load();
    const presented = hashOf(token);
    const known = hashes.get(room);
    if (known !== undefined) return timingSafeEqual(Buffer.from(known, 'hex'), Buffer.from(presented, 'hex'));
    hashes.set(room, presented);
    await this.persist(hashes);
    return true;
  }

  private async load(): Promise<Map<string, string>> {
    if (this.hashes) return this.hashes;
    let stored: Record<string, string> = {};
    try {
      stored = JSON.parse(await readFile(this.path, 'utf8')) as Record<string, string>;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    this.hashes ??= new Map(Object.entries(stored));
    return this.hashes;
  }

  private persist(hashes: Map<string, string>): Promise<void> {
    const json = JSON.stringify(Object.fromEntries(hashes), null, 1);
    this.writing = this.writing.then(async () => {
      await mkdir(join(this.path, '..'), { recursive: true });
      await writeFileAtomic(this.path, json, { mode: 0o600 });
    });
    return this.writing;
  }
}

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
