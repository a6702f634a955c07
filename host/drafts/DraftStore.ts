import type { Stats } from 'node:fs';
import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { checkRevision } from '../../shared/draft/checkRevision';
import type { DraftFile, DraftSummary } from '../../shared/draft/model';
import type { DraftBackup, OpenDraftResult, SaveDraftResult } from '../../shared/host/DeskHost';
import { BackupFolder, isBackupName } from './BackupFolder';
import { assertSafeDraftId, draftIdOfFileName } from './draftId';
import { removeStaleTempFiles } from '../fs/tempFiles';
import { syncDirectory, writeFileAtomic } from '../fs/writeFileAtomic';
import { HostError } from '../../shared/host/hostError';
import { HostInputError } from '../HostInputError';
import { errorCode } from './errorCode';
import { STAMP_PATTERN, freeStamp } from './fileStamp';
import { KeyedQueue } from './KeyedQueue';
import { fingerprint, readDraftFile } from './readDraftFile';
import { checkDraftValue } from './validateDraftFile';

export interface DraftStoreOptions {
  /** A save keeps the version it replaces as a backup when the newest backup is at least this old. */
  backupIntervalMs?: number;
  /** Backups kept per draft; older ones are deleted. */
  keepBackups?: number;
  /** The clock that names backups, set-aside files and trash folders; replaceable in tests. */
  now?: () => number;
}

export const DEFAULT_BACKUP_INTERVAL_MS = 5 * 60_000;
export const DEFAULT_KEEP_BACKUPS = 5;

/** A file this store last wrote or read: its fingerprint, to notice changes made behind its back, and its revision. */
interface KnownFile {
  fingerprint: string;
  revision: number;
}

export interface SaveOptions {
  keepReplaced?: boolean;
  conflictCopy?: string;
  /**
   * The draft is shared: its record is the shared Yjs state, which every window of the desk merges,
   * and the file is that state's latest snapshot; a save based on an older revision is no conflict.
   */
  snapshotOfShared?: boolean;
}

/** What a save finds in place of the file it would replace. */
type CurrentFile = { revision: number; known: boolean } | null;

/**
 * The drafts folder: one `<id>.json` per draft, written atomically, with rotating backups under
 * `backups/<id>/`, damaged files set aside beside it, conflict copies of saves based on an older
 * revision, and deleted drafts moved to `trash/`. The file format, the revision check and the
 * backup rule are described in FORMAT.md.
 */
export class DraftStore {
  private readonly queue = new KeyedQueue();
  private readonly known = new Map<string, KnownFile>();
  private readonly backupIntervalMs: number;
  private readonly keepBackups: number;
  private readonly now: () => number;

  constructor(
    private readonly draftsDir: string,
    options: DraftStoreOptions = {},
  ) {
    this.backupIntervalMs = options.backupIntervalMs ?? DEFAULT_BACKUP_INTERVAL_MS;
    this.keepBackups = options.keepBackups ?? DEFAULT_KEEP_BACKUPS;
    this.now = options.now ?? Date.now;
  }

  /** Readable drafts, most recently updated first. A damaged file is left out here and reported by open(). */
  async list(): Promise<DraftSummary[]> {
    let names: string[];
    try {
      names = (await readdir(this.draftsDir, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    await removeStaleTempFiles(this.draftsDir);
    const summaries: DraftSummary[] = [];
    for (const name of names) {
      const id = draftIdOfFileName(name);
      if (id === null) continue;
      const read = await readDraftFile(this.draftPath(id), id);
      if (read.ok) summaries.push({ id, title: read.draft.title, lang: read.draft.lang, updatedAt: read.draft.updatedAt });
      // A damaged draft stays in the list, so the user can open it and be offered its backups;
      // one made by a newer app too, so the user is told why it does not open rather than miss it.
      else if (read.reason === 'invalid' || read.reason === 'newer') {
        const updatedAt = (await stat(this.draftPath(id))).mtime.toISOString();
        summaries.push({ id, title: id, lang: 'fr', updatedAt, ...(read.reason === 'newer' ? { newerVersion: true } : { damaged: true }) });
      }
    }
    return summaries.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.title.localeCompare(b.title));
  }

  /** Opens a draft; a damaged file is set aside untouched and its backups are offered instead. */
  async open(id: string): Promise<OpenDraftResult> {
    assertSafeDraftId(id);
    return this.queue.run(id, async () => {
      const path = this.draftPath(id);
      const read = await readDraftFile(path, id);
      if (read.ok) {
        this.known.set(id, { fingerprint: read.fingerprint, revision: read.draft.revision });
        return { ok: true, draft: read.draft };
      }
      if (read.reason === 'newer') {
        // Its backups are older than it: opening one would only lead to a save refused over the newer file.
        const detail = `The draft file ${path} cannot be opened here: ${read.problem}. It was left in place, untouched; open it with that newer version.`;
        return { ok: false, error: { code: 'draft.newerFormat', params: { version: String(read.newerVersion) }, detail }, setAsideAs: null, backups: [], newerVersion: read.newerVersion };
      }
      const backups = await this.backups(id).list();
      if (read.reason === 'invalid') {
        const setAsideAs = await this.setAside(id);
        const detail = `The draft file ${path} cannot be opened: ${read.problem}. It was set aside untouched as ${setAsideAs}. ${offer(backups)}`;
        return { ok: false, error: { code: 'draft.damaged', detail }, setAsideAs, backups, newerVersion: null };
      }
      const earlier = (await this.keptAsideNames(id, 'corrupt')).map((name) => join(this.draftsDir, name));
      const problem =
        read.reason === 'missing'
          ? `There is no draft "${id}" in ${this.draftsDir}.` +
            (earlier.length > 0 ? ` A damaged version was set aside earlier as ${earlier.join(', ')}.` : '')
          : `The draft file ${path} cannot be opened: ${read.problem}. It was left in place.`;
      return { ok: false, error: { code: read.reason === 'missing' ? 'draft.missing' : 'draft.damaged', detail: `${problem} ${offer(backups)}` }, setAsideAs: null, backups, newerVersion: null };
    });
  }

  /**
   * Saves `draft` as the revision after `draft.revision`, if that is the revision on disk. A text
   * based on another revision overwrites nothing: it is written to a conflict copy beside the draft
   * (`conflictCopy`, when given, is brought up to date instead of making another).
   * `keepReplaced`: the version replaced is kept as a backup whatever the interval.
   */
  async save(draft: DraftFile, options: SaveOptions = {}): Promise<SaveDraftResult> {
    const check = checkDraftValue(draft);
    if (!check.ok) throw new HostInputError('draft.invalid', `Draft not saved: ${check.problem}.`);
    const { id, revision: basedOn } = check.draft;
    assertSafeDraftId(id);
    if (options.conflictCopy !== undefined) this.assertConflictCopyOf(id, options.conflictCopy);
    // Serialised before queueing, so later changes to the caller's object cannot slip into this save.
    const fields = draftFileFields(check.draft);
    return this.queue.run(id, () => this.write(id, fields, basedOn, options));
  }

  /** Moves the draft, its backups, any set-aside versions and conflict copies into `trash/<stamp>-<id>/`; nothing is erased. */
  async delete(id: string): Promise<void> {
    assertSafeDraftId(id);
    return this.queue.run(id, async () => {
      const keptAside = [...(await this.keptAsideNames(id, 'corrupt')), ...(await this.keptAsideNames(id, 'conflict'))];
      const files = [...((await statIfExists(this.draftPath(id))) ? [`${id}.json`] : []), ...keptAside];
      const backupsDir = this.backups(id).dir;
      const hasBackups = (await statIfExists(backupsDir)) !== null;
      if (files.length === 0 && !hasBackups) throw new HostInputError('draft.missing', `There is no draft "${id}" to delete in ${this.draftsDir}.`);
      const trash = join(this.draftsDir, 'trash');
      await mkdir(trash, { recursive: true });
      const stamp = await freeStamp(this.now(), (candidate) => [join(trash, `${candidate}-${id}`)]);
      const folder = join(trash, `${stamp}-${id}`);
      await mkdir(folder);
      for (const name of files) await rename(join(this.draftsDir, name), join(folder, name));
      if (hasBackups) await rename(backupsDir, join(folder, 'backups'));
      this.known.delete(id);
      await syncDirectory(this.draftsDir);
    });
  }

  /** Newest first. */
  async listBackups(id: string): Promise<DraftBackup[]> {
    assertSafeDraftId(id);
    return this.backups(id).list();
  }

  /** Reads a backup without changing anything; saving the draft afterwards makes it the current version. */
  async openBackup(id: string, backupName: string): Promise<OpenDraftResult> {
    assertSafeDraftId(id);
    if (typeof backupName !== 'string' || !isBackupName(backupName)) {
      throw new HostInputError('request.invalid', `${JSON.stringify(backupName)} is not a backup name (backup names look like "2026-11-03T10-15-30-123Z.json"; listBackups gives them).`);
    }
    return this.queue.run(id, async () => {
      const folder = this.backups(id);
      const read = await readDraftFile(join(folder.dir, backupName), id);
      if (read.ok) return { ok: true, draft: read.draft };
      const backups = await folder.list();
      const problem =
        read.reason === 'missing' ? `Draft "${id}" has no backup ${backupName}.` : `The backup ${join(folder.dir, backupName)} cannot be opened: ${read.problem}. It was left in place.`;
      const code = read.reason === 'missing' ? 'draft.missing' : read.reason === 'newer' ? 'draft.newerFormat' : 'draft.damaged';
      const params = read.reason === 'newer' ? { version: String(read.newerVersion) } : undefined;
      return { ok: false, error: { code, params, detail: `${problem} ${offer(backups)}` }, setAsideAs: null, backups, newerVersion: read.reason === 'newer' ? read.newerVersion : null };
    });
  }

  private async write(id: string, fields: string[], basedOn: number, options: SaveOptions): Promise<SaveDraftResult> {
    await mkdir(this.draftsDir, { recursive: true });
    const path = this.draftPath(id);
    const stats = await statIfExists(path);
    const current = stats ? await this.currentFile(id, path, stats) : null;
    const onDisk = current?.revision ?? null;
    const check = checkRevision(options.snapshotOfShared && onDisk !== null ? onDisk : basedOn, onDisk);
    if (!check.write) {
      const copy = await this.keepConflictCopy(id, fields, basedOn, options.conflictCopy);
      return { saved: false, conflict: { revision: check.onDisk, copy } };
    }
    if (stats && current) await this.keepPreviousVersion(id, path, stats, !current.known || options.keepReplaced === true);
    const written = await writeFileAtomic(path, draftFileText(check.revision, fields));
    this.known.set(id, { fingerprint: fingerprint(written), revision: check.revision });
    return { saved: true, revision: check.revision };
  }

  /**
   * The file a save would replace: its revision, and whether this store wrote or read it last.
   * A damaged file is set aside (null: nothing to replace); one this app cannot read, or made by a
   * newer version, stops the save and stays as it is.
   */
  private async currentFile(id: string, path: string, stats: Stats): Promise<CurrentFile> {
    const known = this.known.get(id);
    if (known?.fingerprint === fingerprint(stats)) return { revision: known.revision, known: true };
    // Written by another program, another app window or an earlier run: look before replacing it.
    const read = await readDraftFile(path, id);
    if (read.ok) return { revision: read.draft.revision, known: false };
    if (read.reason === 'missing') return null;
    if (read.reason === 'invalid') {
      await this.setAside(id);
      return null;
    }
    if (read.reason === 'newer') {
      throw new HostError('draft.newerFormat', `Draft "${id}" not saved: the file it would replace, ${path}, was made by a newer version of Precedent Desk (format version ${read.newerVersion}); it was left untouched.`, { version: String(read.newerVersion) });
    }
    throw new HostError('draft.damaged', `Draft "${id}" not saved: the file it would replace, ${path}, is there but ${read.problem}; it was left untouched.`);
  }

  /** Before a save replaces a draft's file: keeps it as a backup when `always`, or by the interval rule in FORMAT.md. */
  private async keepPreviousVersion(id: string, path: string, current: Stats, always: boolean): Promise<void> {
    const backups = this.backups(id);
    const newest = always ? null : await backups.newestTime();
    const elapsed = newest === null ? Infinity : this.now() - newest;
    // elapsed < 0: the clock was set back; without this, backups would stop until it caught up.
    if (elapsed >= this.backupIntervalMs || elapsed < 0) await backups.keep(path, current, this.now());
    await backups.prune(this.keepBackups);
  }

  /** Writes a refused save beside the draft, as a complete draft file of the revision it was based on. */
  private async keepConflictCopy(id: string, fields: string[], basedOn: number, reuse: string | undefined): Promise<string> {
    const pathFor = (stamp: string) => join(this.draftsDir, `${id}.conflict-${stamp}.json`);
    const target = reuse ?? pathFor(await freeStamp(this.now(), (stamp) => [pathFor(stamp)]));
    await writeFileAtomic(target, draftFileText(basedOn, fields));
    return target;
  }

  /** Only a conflict copy of this draft, in this folder, may be written over. */
  private assertConflictCopyOf(id: string, path: string): void {
    const name = basename(path);
    if (join(this.draftsDir, name) !== path || !new RegExp(`^${id}\\.conflict-${STAMP_PATTERN}\\.json$`).test(name)) {
      throw new HostInputError('request.invalid', `${JSON.stringify(path)} is not a conflict copy of draft "${id}" in ${this.draftsDir}.`);
    }
  }

  /** Renames a damaged draft file, bytes untouched, to a name no later save will reuse. */
  private async setAside(id: string): Promise<string> {
    const pathFor = (stamp: string) => join(this.draftsDir, `${id}.corrupt-${stamp}.json`);
    const target = pathFor(await freeStamp(this.now(), (stamp) => [pathFor(stamp)]));
    await rename(this.draftPath(id), target);
    await syncDirectory(this.draftsDir);
    this.known.delete(id);
    return target;
  }

  /** Damaged files set aside (`corrupt`) or refused saves (`conflict`) of the draft, oldest first. */
  private async keptAsideNames(id: string, kind: 'corrupt' | 'conflict'): Promise<string[]> {
    const prefix = `${id}.${kind}-`;
    try {
      return (await readdir(this.draftsDir)).filter((name) => name.startsWith(prefix) && name.endsWith('.json')).sort();
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
  }

  private draftPath(id: string): string {
    return join(this.draftsDir, `${id}.json`);
  }

  private backups(id: string): BackupFolder {
    return new BackupFolder(join(this.draftsDir, 'backups', id));
  }
}

/**
 * One top-level field per line, format, version and revision first: a person or another program
 * sees at once what the file is, while the bulky content and editor state stay compact. The
 * revision is given when the save runs, so it is left out here.
 */
function draftFileFields(draft: DraftFile): string[] {
  const { format, version, revision: _revision, ...fields } = draft;
  return Object.entries({ format, version, ...fields }).flatMap(([key, value]) => {
    const json = JSON.stringify(value) as string | undefined;
    return json === undefined ? [] : [`  ${JSON.stringify(key)}: ${json}`];
  });
}

function draftFileText(revision: number, fields: string[]): string {
  const [format = '', version = '', ...rest] = fields;
  return `{\n${[format, version, `  "revision": ${revision}`, ...rest].join(',\n')}\n}\n`;
}

function offer(backups: DraftBackup[]): string {
  const newest = backups[0];
  if (!newest) return 'There is no backup of it.';
  const count = backups.length === 1 ? 'One backup' : `${backups.length} backups`;
  return `${count} can be opened instead; the newest was saved at ${newest.savedAt}.`;
}

async function statIfExists(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}
