import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { sampleExportDraft } from '../../host/export/testing/sampleExportDraft';
import { sampleNegotiatingDraft } from '../../host/export/testing/sampleNegotiatingDraft';
import { indexCorpus, type CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { DraftContent, DraftParagraph } from '../../shared/draft/model';
import { editorStateFromContent } from './contentEditorState';
import { readEditorState } from './editorStateFile';

let index: CorpusIndex;

/** The editor labels every body paragraph (OP1, OP2…, never shifted): content that had no labels is compared without them. */
function withoutLabels(content: DraftContent): DraftContent {
  const strip = (paragraph: DraftParagraph): DraftParagraph => {
    if (!paragraph.negotiation) return paragraph;
    const { label: _label, ...rest } = paragraph.negotiation;
    const { negotiation: _negotiation, ...bare } = paragraph;
    return Object.keys(rest).length > 0 ? { ...bare, negotiation: rest } : bare;
  };
  return { ...content, preamble: content.preamble.map(strip), operative: content.operative.map(strip) };
}
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
});

describe('an editor state built from a draft content', () => {
  it('projects back to the same content: paragraphs, headings, formatting, precedents and citations', () => {
    const { content } = sampleExportDraft(index, 25);
    expect(withoutLabels(readEditorState(editorStateFromContent(content)).content)).toEqual(content);
  });

  it('keeps the negotiating text: labels, alternatives, statuses, proposals and their sponsors', () => {
    const { content } = sampleNegotiatingDraft(index);
    const projected = readEditorState(editorStateFromContent(content)).content;
    expect(projected.operative).toEqual(content.operative);
    expect(projected.negotiation).toEqual(content.negotiation);
    // The sample's preamble has no labels; the editor gives it PP1.
    expect(withoutLabels(projected).preamble).toEqual(content.preamble);
  });

  it('keeps list items and their nesting', () => {
    const content = {
      preamble: [],
      operative: [
        { style: 'body' as const, runs: [{ type: 'text' as const, text: 'Invite les États :' }] },
        { style: 'body' as const, list: { kind: 'bullet' as const, level: 0 }, runs: [{ type: 'text' as const, text: 'à coopérer ;' }] },
        { style: 'body' as const, list: { kind: 'bullet' as const, level: 1 }, runs: [{ type: 'text' as const, text: 'en mer ;' }] },
        { style: 'body' as const, list: { kind: 'bullet' as const, level: 0 }, runs: [{ type: 'text' as const, text: 'à former.' }] },
      ],
    };
    expect(withoutLabels(readEditorState(editorStateFromContent(content)).content)).toEqual(content);
  });
});
