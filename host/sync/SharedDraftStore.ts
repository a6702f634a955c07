import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { DraftSharing } from '../../shared/sync/draftSharing';
import { formatInvitation, parseInvitation, syncServerOrigin, type Invitation } from '../../shared/sync/invitation';
import { assertSafeDraftId } from '../drafts/draftId';
import { KeyedQueue } from '../drafts/KeyedQueue';
import { writeFileAtomic } from '../fs/writeFileAtomic';
import { HostInputError } from '../HostInputError';

/**
 * The desk's side of shared drafts, in `<data>/shared-drafts/`: `<id>.json`, how the draft is
 * shared (server, room, token), and `<id>.yjs`, the Yjs state this desk holds, so a shared draft
 * opens and is edited without the server and what was typed offline goes out when it is back.
 * Saved states are merged with the one on disk, never replacing it: two windows on one draft each
 * add what they hold.
 */
export class SharedDraftStore {
  private readonly queue = new KeyedQueue();
  private readonly sharings = new Map<string, DraftSharing>();

  private constructor(private readonly folder: string) {}

  static async open(folder: string): Promise<SharedDraftStore> {
    await mkdir(folder, { recursive: true });
    const store = new SharedDraftStore(folder);
    for (const name of await readdir(folder)) {
      const id = /^([a-z0-9][a-z0-9_-]*)\.json$/.exec(name)?.[1];
      if (!id) continue;
      const sharing = parseSharing(await readFile(join(folder, name), 'utf8').catch(() => ''));
      if (sharing) store.sharings.set(id, sharing);
    }
    return store;
  }

  /** The origins of every sync server a shared draft uses: all the window's policy lets it connect to. */
  syncOrigins(): string[] {
    const origins = [...this.sharings.values()].map((sharing) => syncServerOrigin(sharing.invitation.server));
    return [...new Set(origins.filter((origin): origin is string => origin !== null))].sort();
  }

  get(id: string): DraftSharing | null {
    assertSafeDraftId(id);
    return this.sharings.get(id) ?? null;
  }

  async share(id: string, sharing: unknown): Promise<void> {
    assertSafeDraftId(id);
    const parsed = parseSharing(JSON.stringify(sharing ?? null));
    if (!parsed) throw new HostInputError('sharing.invalid', 'The sharing needs a valid invitation (server address, room, token) and "seedFromDraft".');
    await this.queue.run(id, () => writeFileAtomic(join(this.folder, `${id}.json`), JSON.stringify(parsed), { mode: 0o600 }));
    this.sharings.set(id, parsed);
  }

  async loadState(id: string): Promise<Uint8Array | null> {
    assertSafeDraftId(id);
    return this.queue.run(id, () => this.readState(id));
  }

  async saveState(id: string, update: Uint8Array): Promise<void> {
    assertSafeDraftId(id);
    if (!this.sharings.has(id)) throw new HostInputError('request.invalid', `Draft ${id} is not shared.`);
    try {
      Y.decodeUpdate(update);
    } catch {
      throw new HostInputError('request.invalid', 'The shared draft state is not a Yjs update.');
    }
    await this.queue.run(id, async () => {
      const stored = await this.readState(id);
      const merged = stored ? Y.mergeUpdates([stored, update]) : update;
      await writeFileAtomic(join(this.folder, `${id}.yjs`), merged);
    });
  }

  private async readState(id: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(join(this.folder, `${id}.yjs`)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }
}

function parseSharing(json: string): DraftSharing | null {
  try {
    const value = JSON.parse(json) as { invitation?: unknown; seedFromDraft?: unknown };
    const invitation = value?.invitation as Record<string, unknown> | null | undefined;
    if (typeof value?.seedFromDraft !== 'boolean' || typeof invitation !== 'object' || invitation === null) return null;
    const fields = ['server', 'room', 'token', 'title'] as const;
    if (!fields.every((field) => typeof invitation[field] === 'string')) return null;
    const read = parseInvitation(formatInvitation(invitation as unknown as Invitation));
    return read.ok ? { invitation: read.invitation, seedFromDraft: value.seedFromDraft } : null;
  } catch {
    return null;
  }
}
