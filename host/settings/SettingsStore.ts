import { readFile, rename } from 'node:fs/promises';
import type { DeskSettings } from '../../shared/host/DeskHost';
import { HostInputError } from '../HostInputError';
import { writeFileAtomic } from '../fs/writeFileAtomic';

/** The user's settings as one JSON object in the data folder. */
export class SettingsStore {
  constructor(private readonly filePath: string) {}

  async get(): Promise<DeskSettings> {
    let text: string;
    try {
      text = await readFile(this.filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    try {
      const value: unknown = JSON.parse(text);
      if (isPlainObject(value)) return value;
    } catch {
      // Falls through: an unreadable file is set aside below.
    }
    // Settings are preferences, so the desk starts with defaults; the old file is kept, never overwritten.
    await rename(this.filePath, `${this.filePath}.unreadable-${Date.now()}`);
    return {};
  }

  async save(settings: unknown): Promise<void> {
    if (!isPlainObject(settings)) throw new HostInputError('request.invalid', 'Settings must be a JSON object.');
    await writeFileAtomic(this.filePath, `${JSON.stringify(settings, null, 2)}\n`);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
