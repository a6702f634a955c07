import { describe, expect, it } from 'vitest';
import { checkRevision } from './checkRevision';

describe('checkRevision', () => {
  it('lets a save based on the revision on disk write the next revision', () => {
    expect(checkRevision(0, null)).toEqual({ write: true, revision: 1 });
    expect(checkRevision(7, 7)).toEqual({ write: true, revision: 8 });
  });

  it('never lets a save based on another revision overwrite the file', () => {
    // Another tab saved revision 8 after this one read revision 7.
    expect(checkRevision(7, 8)).toEqual({ write: false, onDisk: 8 });
    // A file replaced by hand with an older copy is not overwritten either.
    expect(checkRevision(7, 3)).toEqual({ write: false, onDisk: 3 });
  });

  it('writes where there is no file to overwrite, continuing from the text’s own revision', () => {
    expect(checkRevision(5, null)).toEqual({ write: true, revision: 6 });
  });
});
