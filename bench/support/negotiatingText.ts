import type { CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { DraftParagraph, DraftRun } from '../../shared/draft/model';
import type { ExportableDraft } from '../../shared/export/buildDraftDocx';
import type { NegotiationMark, NegotiationSetup } from '../../shared/negotiation/model';
import { corpusSentences } from '../syntheticCorpus';

const DELEGATIONS = [
  { id: 'eu', label: 'UE', name: 'Union européenne' },
  { id: 'g77', label: 'G77', name: 'Groupe des 77 et la Chine' },
  { id: 'mx', label: 'Mexique', name: 'Mexique' },
  { id: 'ca', label: 'Canada', name: 'Canada' },
  { id: 'ng', label: 'Nigéria', name: 'Nigéria' },
  { id: 'jp', label: 'Japon', name: 'Japon' },
];
const SECOND_MARKS = ['nested', 'deletion', 'insertion'] as const;

/**
 * A French negotiating text of `paragraphs` operative paragraphs built from the corpus: each one
 * the delegate's words (a real corpus sentence) holding a bracket and, in turn, a bracket nested in
 * it, a proposed deletion or an insertion (two marks a paragraph), then agreed language with its
 * citation. `alternatives` Alt 2s: half of them whole paragraphs quoting another precedent, half
 * spans; every fourth paragraph has a status.
 */
export function negotiatingText(index: CorpusIndex, paragraphs: number, alternatives: number): ExportableDraft {
  const sentences = corpusSentences(index.corpus).map((sentence) => sentence.replace(/[.;:,]$/u, '').split(' ')).filter((words) => words.length >= 18);
  const sources = index.corpus.paragraphs.filter((paragraph) => paragraph.adopted && paragraph.text.fr !== undefined);
  const marks: Record<string, NegotiationMark> = {};
  const sponsor = (i: number) => [DELEGATIONS[i % DELEGATIONS.length]!.id];
  const quote = (i: number): DraftRun[] => {
    const source = sources[i % sources.length]!;
    const text = source.text.fr!;
    return [{ type: 'precedent', paragraphId: source.id, lang: 'fr', text, sourceText: text }, { type: 'citation', paragraphId: source.id }];
  };
  const operative: DraftParagraph[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const words = sentences[i % sentences.length]!;
    const part = (from: number, to: number) => words.slice(from, to).join(' ');
    const label = { number: i + 1, addendum: 0 };
    const outer = `b${i}`;
    const second = `m${i}`;
    marks[outer] = { kind: 'bracket', sponsors: sponsor(i) };
    const kind = SECOND_MARKS[i % SECOND_MARKS.length]!;
    marks[second] = kind === 'nested' ? { kind: 'bracket', sponsors: [], note: 'à revoir' } : { kind, sponsors: sponsor(i + 1) };
    const secondMarks = kind === 'nested' ? [outer, second] : [second];
    const runs: DraftRun[] = [
      { type: 'text', text: `${part(0, 5)} ` },
      { type: 'text', text: `${part(5, 9)} `, marks: [outer] },
      { type: 'text', text: part(9, 13), marks: secondMarks },
      { type: 'text', text: ` ${part(13, 18)}, ` },
      ...quote(i),
    ];
    const spanAlternative = i % 4 === 1 && i < alternatives * 2;
    if (spanAlternative) {
      marks[`a${i}.1`] = { kind: 'alternative', group: `g${i}`, index: 1, sponsors: [] };
      marks[`a${i}.2`] = { kind: 'alternative', group: `g${i}`, index: 2, sponsors: sponsor(i + 2) };
      runs.splice(1, 0, { type: 'text', text: 'devraient ', marks: [`a${i}.1`] }, { type: 'text', text: 'doivent ', marks: [`a${i}.2`] });
    }
    const paragraphAlternative = i % 4 === 3 && i < alternatives * 2;
    const status = i % 4 === 0 ? { status: { value: 'negotiating' as const, changedOn: '2026-06-02', round: 'Première lecture' } } : {};
    operative.push({ style: 'body', negotiation: { label, ...status, ...(paragraphAlternative ? { alternative: { index: 1, sponsors: [] } } : {}) }, runs });
    if (paragraphAlternative) operative.push({ style: 'body', negotiation: { label, alternative: { index: 2, sponsors: sponsor(i + 3) } }, runs: quote(i + 7) });
  }
  const negotiation: NegotiationSetup = { delegations: DELEGATIONS, prefixes: { preamble: 'PP', operative: 'OP' }, marks, choices: { marks: {}, alternatives: {} } };
  return {
    title: 'Projet de recommandations (texte de négociation)',
    lang: 'fr',
    citationStyle: 'footnote',
    content: { preamble: [{ style: 'body', runs: [{ type: 'text', text: 'Rappelant le Protocole contre le trafic illicite de migrants par terre, air et mer,' }] }], operative, negotiation },
  };
}
