import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../../host/corpus/loadBundledCorpus';
import { convertToPdf, pdfPageTexts } from '../../../host/export/libreOffice';
import { paragraphsOf, textOf } from '../../../host/export/testing/readDocx';
import { indexCorpus, type CorpusIndex } from '../../corpus/corpusIndex';
import type { Lang } from '../../corpus/model';
import type { DraftParagraph } from '../../draft/model';
import { buildDraftDocx, type ExportableDraft } from '../buildDraftDocx';
import type { UnDocumentFields } from './model';

const FIELDS: UnDocumentFields = {
  symbol: 'CTOC/COP/WG.7/2026/L.1',
  distribution: 'limited',
  date: '2026-07-02',
  original: 'fr',
  body: 'Groupe de travail sur le trafic illicite de migrants',
  session: 'Vienne, 2-4 juillet 2026',
  agendaItem: '',
};

let index: CorpusIndex;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
});

/** Recommendations of the first meeting, verbatim with their citations: a draft of three pages or so. */
function longDraft(lang: Lang): ExportableDraft {
  const operative: DraftParagraph[] = [...index.paragraphs.values()]
    .filter((paragraph) => paragraph.id.startsWith('CTOC/COP/WG.7/2012/6#') && paragraph.text.fr)
    .slice(0, 25)
    .map((paragraph) => ({ style: 'body', runs: [{ type: 'precedent', paragraphId: paragraph.id, lang: 'fr', text: paragraph.text.fr!, sourceText: paragraph.text.fr! }, { type: 'citation', paragraphId: paragraph.id }] }));
  return { title: 'Projet de recommandations', lang, citationStyle: 'footnote', content: { preamble: [], operative } };
}

async function parts(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const document = await part('word/document.xml');
  const relations = await part('word/_rels/document.xml.rels');
  const target = (kind: 'header' | 'footer', type: 'first' | 'default') => {
    const id = new RegExp(`<w:${kind}Reference w:type="${type}" r:id="([^"]+)"`).exec(document)?.[1];
    return new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(relations)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(relations)?.[1];
  };
  const xmlOf = async (kind: 'header' | 'footer', type: 'first' | 'default') => part(`word/${target(kind, type)}`);
  return { document, firstHeader: await xmlOf('header', 'first'), header: await xmlOf('header', 'default'), footer: await xmlOf('footer', 'default') };
}

describe('the UN document layout', () => {
  it('prints the masthead, the distribution block and the meeting lines before the title, in the document language', async () => {
    const { document, firstHeader, header, footer } = await parts(await buildDraftDocx(index, longDraft('fr'), { unDocument: FIELDS }));
    expect(textOf(firstHeader)).toBe('Nations UniesCTOC/COP/WG.7/2026/L.1');
    expect(firstHeader).toContain('<w:tab/>');
    expect(document).toContain('<w:titlePg/>');
    const front = paragraphsOf(document).slice(0, 7).map(({ style, text }) => [style, text]);
    expect(front).toEqual([
      ['UnDistribution', 'Distr. limitée'],
      ['UnDistribution', '2 juillet 2026'],
      ['UnDistribution', ''],
      ['UnDistribution', 'Original\u00a0: français'],
      ['UnBody', 'Groupe de travail sur le trafic illicite de migrants'],
      ['UnMeeting', 'Vienne, 2-4 juillet 2026'],
      ['Title', 'Projet de recommandations'],
    ]);
    expect(textOf(header)).toBe('CTOC/COP/WG.7/2026/L.1');
    expect(footer).toContain('PAGE');

    const english = await parts(await buildDraftDocx(index, longDraft('en'), { unDocument: { ...FIELDS, original: 'en', distribution: 'general' } }));
    expect(paragraphsOf(english.document).slice(0, 4).map(({ text }) => text)).toEqual(['Distr.: General', '2 July 2026', '', 'Original: English']);
  });

  it('leaves an ordinary export as it was: no masthead, no header, no page furniture', async () => {
    const { document } = await parts(await buildDraftDocx(index, longDraft('fr')));
    expect(document).not.toContain('headerReference');
    expect(paragraphsOf(document)[0]?.text).toBe('Projet de recommandations');
  });

  it('lays out as a UN document in LibreOffice: the symbol above every page after the first, page numbers at the foot', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'un-layout-'));
    try {
      const path = join(folder, 'draft.docx');
      await writeFile(path, await buildDraftDocx(index, longDraft('fr'), { unDocument: FIELDS }));
      const [pdf] = await convertToPdf([path], folder);
      const pages = await pdfPageTexts(pdf!);
      expect(pages.length).toBeGreaterThan(2);
      expect(pages[0]).toMatch(/Nations Unies\s+CTOC\/COP\/WG\.7\/2026\/L\.1/);
      expect(pages[0]).toContain('Distr. limitée');
      pages.slice(1).forEach((page, at) => {
        expect(page.trimStart().startsWith('CTOC/COP/WG.7/2026/L.1')).toBe(true);
        // The footer's number stands alone, set apart by blank lines (footnote numbers are not).
        expect(page).toContain(`\n\n${at + 2}\n\n`);
      });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
