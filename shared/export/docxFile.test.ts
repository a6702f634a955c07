import { describe, expect, it } from 'vitest';
import { docxFileName, encodeBase64 } from './docxFile';

describe('encodeBase64', () => {
  it("agrees with Node's encoder for every padding case and all byte values", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (const length of [0, 1, 2, 3, 4, 5, 255, 256]) {
      const bytes = all.slice(0, length);
      expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});

describe('docxFileName', () => {
  it('keeps accents and spaces, drops characters file systems refuse, and never returns an empty name', () => {
    expect(docxFileName('Projet de résolution 6/3 : « coopération »')).toBe('Projet de résolution 6 3 « coopération ».docx');
    expect(docxFileName('  ..\u0007  ')).toBe('draft.docx');
    expect(docxFileName('', 'compilation')).toBe('compilation.docx');
  });
});
