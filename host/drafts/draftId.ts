import { HostInputError } from '../HostInputError';

const MAX_ID_LENGTH = 100;
const SAFE_ID = /^[a-z0-9][a-z0-9_-]*$/;
/** Device names Windows reserves in every folder, whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * Why `id` cannot name a draft file, or null when it can. Ids are lower-case so that two drafts
 * never share one file on the case-insensitive disks of Windows and macOS, and have no dot so that
 * `<id>.json` is the only draft file name (temporary and set-aside files always contain a dot).
 */
export function draftIdProblem(id: unknown): string | null {
  if (typeof id !== 'string') return `a draft id must be a string, not ${typeof id}`;
  if (id === '') return 'a draft id cannot be empty';
  if (id.length > MAX_ID_LENGTH) return `a draft id has at most ${MAX_ID_LENGTH} characters (this one has ${id.length})`;
  if (/[/\\]/.test(id)) return 'a draft id cannot contain "/" or "\\" (it would point into another folder)';
  if (id.includes('..')) return 'a draft id cannot contain ".." (it would point outside the drafts folder)';
  if (!SAFE_ID.test(id)) return 'a draft id may contain only lower-case letters a-z, digits, "-" and "_", and starts with a letter or digit';
  if (WINDOWS_RESERVED.test(id)) return `"${id}" is a device name reserved by Windows`;
  return null;
}

export function assertSafeDraftId(id: unknown): asserts id is string {
  const problem = draftIdProblem(id);
  if (problem) throw new HostInputError('request.invalid', `Draft id ${JSON.stringify(id)} is not allowed: ${problem}.`);
}

/** The draft id of a file in the drafts folder, or null for every other file (temporary, set aside, ...). */
export function draftIdOfFileName(fileName: string): string | null {
  if (!fileName.endsWith('.json')) return null;
  const id = fileName.slice(0, -'.json'.length);
  return draftIdProblem(id) === null ? id : null;
}
