import type { CorpusIndex } from '../../../shared/corpus/corpusIndex';
import type { DraftParagraph } from '../../../shared/draft/model';
import type { ExportableDraft } from '../../../shared/export/buildDraftDocx';

/**
 * A French draft of `operativeCount` operative paragraphs quoting the corpus's adopted paragraphs
 * in corpus order, each followed by its citation: every third one introduced by typed words, every
 * fifth one with its agreed language modified, a heading every twenty.
 */
export function sampleExportDraft(index: CorpusIndex, operativeCount: number): ExportableDraft {
  const sources = index.corpus.paragraphs.filter((paragraph) => paragraph.adopted && paragraph.text.fr !== undefined);
  if (sources.length === 0) throw new Error('The corpus has no adopted paragraph with French text.');
  const operative: DraftParagraph[] = [];
  for (let i = 0; i < operativeCount; i++) {
    const source = sources[i % sources.length];
    const text = source?.text.fr;
    if (!source || text === undefined) continue;
    if (i % 20 === 0) operative.push({ style: 'heading', runs: [{ type: 'text', text: `Partie ${i / 20 + 1}` }] });
    const quoted = i % 5 === 4 ? text.replace(/\bdevraient\b/, 'doivent').concat(' sans délai') : text;
    operative.push({
      style: 'body',
      runs: [
        ...(i % 3 === 1 ? [{ type: 'text' as const, text: 'Souligne', bold: true }, { type: 'text' as const, text: ' que\u00a0: ' }] : []),
        { type: 'precedent', paragraphId: source.id, lang: 'fr', text: quoted, sourceText: text },
        { type: 'citation', paragraphId: source.id },
      ],
    });
  }
  const preamble: DraftParagraph[] = [
    { style: 'body', runs: [{ type: 'text', text: 'Rappelant', italic: true }, { type: 'text', text: ' le Protocole contre le trafic illicite de migrants par terre, air et mer,' }] },
  ];
  return { title: 'Projet de recommandations sur le trafic illicite de migrants', lang: 'fr', citationStyle: 'footnote', content: { preamble, operative } };
}
