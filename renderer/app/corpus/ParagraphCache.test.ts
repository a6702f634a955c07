import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../../host/corpus/loadBundledCorpus';
import { formatCitation } from '../../../shared/citation/formatCitation';
import { indexCorpus, type CorpusIndex } from '../../../shared/corpus/corpusIndex';
import { precedentText } from '../../../shared/draft/precedentText';
import type { DeskHost } from '../../../shared/host/DeskHost';
import { HostError } from '../../../shared/host/hostError';
import { catalogDocument } from '../../../shared/query/PrecedentCatalog';
import { descendantIds } from '../../../shared/query/ancestors';
import { inheritedWording } from '../../../shared/query/inheritedWording';
import { PrecedentQueryEngine } from '../../../shared/query/PrecedentQueryEngine';
import { createMemoryPrecedentSource } from '../../../shared/query/testing/createMemoryPrecedentSource';
import { compilationGroups } from '../../../shared/export/compilationGroups';
import { themeParagraphIds } from '../../../shared/query/themeParagraphIds';
import { MAX_IDS_PER_CALL, ParagraphCache } from './ParagraphCache';

let whole: CorpusIndex;
let engine: PrecedentQueryEngine;
beforeAll(async () => {
  whole = indexCorpus(await loadBundledCorpus());
  engine = new PrecedentQueryEngine(createMemoryPrecedentSource(whole));
});

/** The host's paragraphsWithFamily over the bundled corpus (the engine the host runs), recording each call. */
function recordingHost(fail?: HostError) {
  const calls: string[][] = [];
  const host: Pick<DeskHost, 'paragraphsWithFamily'> = {
    async paragraphsWithFamily({ ids }) {
      calls.push(ids);
      if (ids.length > MAX_IDS_PER_CALL) throw new HostError('request.invalid', 'too many');
      if (fail) throw fail;
      return engine.withFamily(ids, whole.documents);
    },
  };
  return { host, calls };
}

const newCache = (host: Pick<DeskHost, 'paragraphsWithFamily'>) =>
  new ParagraphCache(host, { documents: whole.corpus.documents.map(catalogDocument), themes: whole.corpus.themes, coverage: whole.corpus.coverage });

describe('the window paragraph cache', () => {
  it('cites, quotes and shows each paragraph from its family alone, as the whole corpus does', async () => {
    for (const paragraph of whole.corpus.paragraphs) {
      const cache = newCache(recordingHost().host);
      await cache.load([paragraph.id]);
      const part = cache.index;
      for (const lang of ['fr', 'en'] as const) {
        expect(formatCitation(part, [paragraph.id], lang), paragraph.id).toBe(formatCitation(whole, [paragraph.id], lang));
        expect(precedentText(part, paragraph.id, lang), paragraph.id).toBe(precedentText(whole, paragraph.id, lang));
      }
      expect(inheritedWording(part, paragraph)).toEqual(inheritedWording(whole, paragraph));
      expect(descendantIds(part, paragraph.id)).toEqual(descendantIds(whole, paragraph.id));
      const chapeauId = whole.documents.get(paragraph.docId)!.qualifyingChapeauId;
      if (chapeauId) expect(part.paragraphs.has(chapeauId)).toBe(true);
      expect(part.paragraphs.size).toBeLessThan(whole.paragraphs.size / 4);
    }
  });

  it('orders the paragraphs of a document as the document does, whichever call brought them', async () => {
    const cache = newCache(recordingHost().host);
    const document = whole.corpus.documents.find((candidate) => candidate.paragraphIds.length > 20)!;
    const ids = [...document.paragraphIds].reverse();
    for (const id of ids) await cache.load([id]);
    expect(cache.index.documents.get(document.id)!.paragraphIds).toEqual(document.paragraphIds);
    expect(formatCitation(cache.index, ids, 'fr')).toBe(formatCitation(whole, ids, 'fr'));
  });

  it('compiles a theme, by theme and by document, from its paragraphs alone, as the whole corpus does', async () => {
    for (const theme of whole.corpus.themes.filter((candidate) => candidate.parentId === null).slice(0, 12)) {
      const cache = newCache(recordingHost().host);
      await cache.load([...themeParagraphIds(whole, [theme.id])]);
      for (const groupBy of ['theme', 'document'] as const) {
        expect(compilationGroups(cache.index, { themeId: theme.id }, 'fr', groupBy), theme.id).toEqual(compilationGroups(whole, { themeId: theme.id }, 'fr', groupBy));
      }
    }
  });

  it('sends the ids asked for in one turn in one call, each once, and never asks again', async () => {
    const { host, calls } = recordingHost();
    const cache = newCache(host);
    const [a, b, c] = whole.corpus.paragraphs.filter((paragraph) => paragraph.adopted).map((paragraph) => paragraph.id);
    await Promise.all([cache.load([a!, b!]), cache.load([b!, c!]), cache.load([a!])]);
    expect(calls).toEqual([[a, b, c]]);
    await cache.load([a!, c!]);
    expect(calls).toHaveLength(1);
    expect(cache.has([a!, b!, c!])).toBe(true);
  });

  it('splits what is past the host cap into several calls', async () => {
    const { host, calls } = recordingHost();
    const cache = newCache(host);
    const ids = Array.from({ length: MAX_IDS_PER_CALL + 10 }, (_, n) => `unknown#${n}`);
    await cache.load(ids);
    expect(calls.map((call) => call.length)).toEqual([MAX_IDS_PER_CALL, 10]);
    expect(cache.has(ids)).toBe(true);
    expect(cache.index.paragraphs.size).toBe(0);
  });

  it('counts an id the host does not know as answered, so nothing waits for it again', async () => {
    const { host, calls } = recordingHost();
    const cache = newCache(host);
    await cache.load(['CTOC/COP/WG.7/2012/6#999']);
    expect(cache.has(['CTOC/COP/WG.7/2012/6#999'])).toBe(true);
    await cache.load(['CTOC/COP/WG.7/2012/6#999']);
    expect(calls).toHaveLength(1);
  });

  it('rejects with the host error code and asks again next time', async () => {
    const failing = recordingHost(new HostError('host.unreachable', 'server stopped'));
    const cache = newCache(failing.host);
    const id = whole.corpus.paragraphs[0]!.id;
    await expect(cache.load([id])).rejects.toMatchObject({ name: 'HostError', code: 'host.unreachable' });
    expect(cache.has([id])).toBe(false);
    await expect(cache.load([id])).rejects.toMatchObject({ code: 'host.unreachable' });
    expect(failing.calls).toHaveLength(2);
  });

  it('words a failure that is not a HostError as host.failed', async () => {
    const cache = newCache({ paragraphsWithFamily: () => Promise.reject(new Error('boom')) });
    await expect(cache.load(['x'])).rejects.toMatchObject({ name: 'HostError', code: 'host.failed' });
  });

  it('gives one promise per list while it loads, for a suspended component to wait on', async () => {
    const cache = newCache(recordingHost().host);
    const id = whole.corpus.paragraphs[0]!.id;
    const first = cache.loaded([id]);
    expect(cache.loaded([id])).toBe(first);
    await first;
    expect(cache.has([id])).toBe(true);
  });

  it('keeps a failed list’s promise, rejected, until a retry lets it be asked again', async () => {
    const failing = recordingHost(new HostError('host.unreachable', 'server stopped'));
    const cache = newCache(failing.host);
    const id = whole.corpus.paragraphs[0]!.id;
    const first = cache.loaded([id]);
    await expect(first).rejects.toMatchObject({ code: 'host.unreachable' });
    // What a suspended component renders again with: the same rejected promise, not a new call.
    expect(cache.loaded([id])).toBe(first);
    expect(failing.calls).toHaveLength(1);
    cache.forgetFailures();
    await expect(cache.loaded([id])).rejects.toMatchObject({ code: 'host.unreachable' });
    expect(failing.calls).toHaveLength(2);
  });
});
