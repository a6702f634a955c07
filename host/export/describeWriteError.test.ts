import { describe, expect, it } from 'vitest';
import { describeWriteError } from './describeWriteError';

function failure(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: something low-level`), { code });
}

describe('describeWriteError', () => {
  const path = '/home/delegate/Documents/draft.docx';

  it('tells the user what to do about a file locked by Word, a permission, a full disk or a missing folder', () => {
    expect(describeWriteError(failure('EBUSY'), path)).toMatch(/in use by another program \(open in Word\?\)\. Close it and try again/);
    for (const code of ['EPERM', 'EACCES']) expect(describeWriteError(failure(code), path)).toMatch(/permission denied\. If the file is open in Word, close it/);
    for (const code of ['ENOSPC', 'EDQUOT']) expect(describeWriteError(failure(code), path)).toContain('the disk is full');
    expect(describeWriteError(failure('ENOENT'), path)).toBe(`Cannot write "${path}": the folder "/home/delegate/Documents" does not exist.`);
  });

  it('says the previous file was not changed when it may have existed', () => {
    for (const code of ['EBUSY', 'EPERM', 'ENOSPC']) expect(describeWriteError(failure(code), path)).toContain('the file was not changed');
  });

  it("falls back to the system's message for anything else", () => {
    expect(describeWriteError(failure('EIO'), path)).toBe(`Cannot write "${path}": EIO: something low-level`);
  });
});
