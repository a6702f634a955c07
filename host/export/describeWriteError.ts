import { dirname } from 'node:path';

/**
 * What a user can act on when a file cannot be written, from Node's error code. Word on Windows
 * locks the files it has open: replacing one fails with EBUSY or EPERM.
 */
export function describeWriteError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const cannot = `Cannot write "${path}":`;
  switch (code) {
    case 'ENOENT':
      return `${cannot} the folder "${dirname(path)}" does not exist.`;
    case 'ENOTDIR':
      return `${cannot} part of that path is a file, not a folder.`;
    case 'EISDIR':
      return `${cannot} it is a folder. Give a file name, such as "${path.replace(/[\\/]+$/, '')}/compilation.docx".`;
    case 'EBUSY':
      return `${cannot} the file is in use by another program (open in Word?). Close it and try again; the file was not changed.`;
    case 'EPERM':
    case 'EACCES':
      return `${cannot} permission denied. If the file is open in Word, close it and try again, or choose a folder you may write to; the file was not changed.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `${cannot} the disk is full. Free some space and try again; the file was not changed.`;
    case 'EROFS':
      return `${cannot} the disk is read-only.`;
    case 'ENAMETOOLONG':
      return `${cannot} the file name is too long.`;
    default:
      return `${cannot} ${error instanceof Error ? error.message : String(error)}`;
  }
}
