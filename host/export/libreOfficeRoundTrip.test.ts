import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createPrecedentChecker } from '../../shared/check/createPrecedentChecker';
import { indexCorpus } from '../../shared/corpus/corpusIndex';
import { buildDraftDocx } from '../../shared/export/buildDraftDocx';
import { readWordDraft } from '../../shared/roundtrip/readWordDraft';
import { loadBundledCorpus } from '../corpus/loadBundledCorpus';
import { hasExecutable, resaveAsDocx } from './libreOffice';
import { sampleExportDraft } from './testing/sampleExportDraft';

describe('an exported draft saved again by LibreOffice', () => {
  // One LibreOffice start-up, 10 to 45 s on these machines: run on demand (LIBREOFFICE_ROUNDTRIP=1), not in every CI run.
  it.runIf(hasExecutable('soffice') && process.env.LIBREOFFICE_ROUNDTRIP === '1')('keeps its controls (their tags dropped) and the sources part: it opens back as the same draft, provenance from the controls', async () => {
    const index = indexCorpus(await loadBundledCorpus());
    const draft = sampleExportDraft(index, 6);
    const folder = await mkdtemp(join(tmpdir(), 'docx-roundtrip-'));
    try {
      await mkdir(join(folder, 'out'));
      const exported = join(folder, 'draft.docx');
      await writeFile(exported, await buildDraftDocx(index, draft));
      const [resaved] = await resaveAsDocx([exported], join(folder, 'out'));
      const bytes = new Uint8Array(await readFile(resaved!));

      const zip = await JSZip.loadAsync(bytes);
      const xml = await zip.file('word/document.xml')!.async('string');
      // What LibreOffice 7 does with them, as of December 2026: the controls stay, their tags go, the custom XML part stays.
      expect(xml.match(/<w:sdt>/g)).toHaveLength(6);
      expect(xml).not.toContain('<w:tag ');
      expect(zip.file('customXml/item1.xml')).not.toBeNull();

      const opened = await readWordDraft(bytes, { index, checker: createPrecedentChecker(index), fileName: 'draft.docx' });
      expect(opened.content).toEqual(draft.content);
      expect(opened.summary.precedents.map((found) => found.origin)).toEqual(Array(6).fill('control'));
      expect(opened.summary.orphaned).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
