import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { paragraphsOf, readDocxParts } from '../../host/export/testing/readDocx';
import { indexCorpus, type CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { ExportableDraft } from '../../shared/export/buildDraftDocx';
import { compilationSaveRequest, draftSaveRequest } from '../../shared/export/saveRequests';
import type { SaveFileRequest, SaveFileResult } from '../../shared/host/DeskHost';
import { saveWordFile } from './saveWordFile';
import { HostError } from '../../shared/host/hostError';

let index: CorpusIndex;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
});

const draft: ExportableDraft = {
  title: 'Projet : coopération / échange',
  lang: 'fr',
  citationStyle: 'footnote',
  content: { preamble: [], operative: [{ style: 'body', runs: [{ type: 'text', text: 'Décide de rester saisi de la question.' }] }] },
};

/** A host that answers `reply` (or throws it) and keeps what it was asked to save. */
function recordingHost(reply: SaveFileResult | Error) {
  const requests: SaveFileRequest[] = [];
  return {
    requests,
    async saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
      requests.push(request);
      if (reply instanceof Error) throw reply;
      return reply;
    },
  };
}

describe('saveWordFile', () => {
  it('hands the host the built .docx under a name made from the title, and reports where it went', async () => {
    const host = recordingHost({ saved: true, location: '/home/delegate/Projet.docx' });
    const outcome = await saveWordFile(host, () => draftSaveRequest(index, draft));
    expect(outcome).toEqual({ kind: 'saved', location: '/home/delegate/Projet.docx' });
    const [request] = host.requests;
    expect(request?.suggestedName).toBe('Projet coopération échange.docx');
    const parts = await readDocxParts(Uint8Array.from(Buffer.from(request?.base64 ?? '', 'base64')));
    expect(paragraphsOf(parts.document).map((paragraph) => paragraph.text)).toEqual(['Projet : coopération / échange', 'Décide de rester saisi de la question.']);
  });

  it('tells a cancelled save dialog from a failure', async () => {
    expect(await saveWordFile(recordingHost({ saved: false, reason: 'cancelled' }), () => draftSaveRequest(index, draft))).toEqual({ kind: 'cancelled' });
  });

  it("passes on the host's error code when writing fails, and the transport's when the host is gone", async () => {
    const locked = { code: 'disk.busy', detail: 'EBUSY: resource busy or locked' } as const;
    expect(await saveWordFile(recordingHost({ saved: false, reason: 'error', error: locked }), () => draftSaveRequest(index, draft))).toEqual({ kind: 'failed', error: locked });
    const unreachable = new HostError('host.unreachable', 'fetch failed');
    expect(await saveWordFile(recordingHost(unreachable), () => draftSaveRequest(index, draft))).toEqual({ kind: 'failed', error: { code: 'host.unreachable', detail: 'fetch failed' } });
  });

  it('reports a document that cannot be built, without asking the host to save anything', async () => {
    const host = recordingHost({ saved: true, location: 'never' });
    const outcome = await saveWordFile(host, () => compilationSaveRequest(index, { paragraphIds: ['CTOC/COP/WG.7/1999/1#1'] }, { lang: 'fr', groupBy: 'document' }));
    expect(outcome).toEqual({ kind: 'failed', error: { code: 'host.failed', detail: expect.stringContaining('CTOC/COP/WG.7/1999/1#1') } });
    expect(host.requests).toEqual([]);
  });
});
