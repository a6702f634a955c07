import type { CorpusIndex } from '../../../shared/corpus/corpusIndex';
import { DRAFT_FORMAT, DRAFT_FORMAT_VERSION, type DraftFile } from '../../../shared/draft/model';

/** Quoted by OP2 Alt 2 (verbatim) and by OP3 (modified). */
export const AGREED_25 = 'CTOC/COP/WG.7/2012/6#25';
export const AGREED_26 = 'CTOC/COP/WG.7/2012/6#26';

function frenchText(index: CorpusIndex, id: string): string {
  const text = index.paragraphs.get(id)?.text.fr;
  if (text === undefined) throw new Error(`The corpus has no French text for ${id}`);
  return text;
}

/**
 * A French negotiating text: OP1 agreed ad ref. with a bracket of the EU holding a nested bracket
 * with a note, and a deletion proposed by Mexico; OP2 Alt 1 with a span alternative and an
 * insertion of the G77; OP2 Alt 2, sponsored by Mexico, that quotes recommendation 25 of the 2012
 * report with its citation; OP3, agreed language of paragraph 26 modified by the delegate.
 */
export function sampleNegotiatingDraft(index: CorpusIndex): DraftFile {
  const modified = frenchText(index, AGREED_26).replace('sont encouragés à améliorer', 'doivent améliorer');
  if (modified === frenchText(index, AGREED_26)) throw new Error(`${AGREED_26} no longer says "sont encouragés à améliorer"`);
  return {
    format: DRAFT_FORMAT,
    version: DRAFT_FORMAT_VERSION,
    revision: 4,
    id: 'negotiating-text',
    title: 'Projet de recommandations sur la coopération',
    lang: 'fr',
    citationStyle: 'footnote',
    createdAt: '2026-06-01T08:00:00.000Z',
    updatedAt: '2026-06-02T17:00:00.000Z',
    editorState: { root: { children: [], type: 'root', version: 1 } },
    content: {
      preamble: [{ style: 'body', runs: [{ type: 'text', text: 'Rappelant le Protocole contre le trafic illicite de migrants,' }] }],
      operative: [
        {
          style: 'body',
          negotiation: { label: { number: 1, addendum: 0 }, status: { value: 'agreedAdRef', changedOn: '2026-06-02', round: 'Première lecture' } },
          runs: [
            { type: 'text', text: 'Les États parties devraient ' },
            { type: 'text', text: 'renforcer ', marks: ['b1'] },
            { type: 'text', text: 'encore', marks: ['b1', 'b2'] },
            { type: 'text', text: ' la coopération', marks: ['b1'] },
            { type: 'text', text: ' ' },
            { type: 'text', text: 'rapidement', marks: ['d1'] },
            { type: 'text', text: '.' },
          ],
        },
        {
          style: 'body',
          negotiation: { label: { number: 2, addendum: 0 }, alternative: { index: 1, sponsors: [] } },
          runs: [
            { type: 'text', text: 'Les États ' },
            { type: 'text', text: 'devraient', marks: ['a1'] },
            { type: 'text', text: 'doivent', marks: ['a2'] },
            { type: 'text', text: ' agir ' },
            { type: 'text', text: 'sans délai', marks: ['i1'] },
            { type: 'text', text: '.' },
          ],
        },
        {
          style: 'body',
          negotiation: { label: { number: 2, addendum: 0 }, alternative: { index: 2, sponsors: ['mx'] } },
          runs: [
            { type: 'precedent', paragraphId: AGREED_25, lang: 'fr', text: frenchText(index, AGREED_25), sourceText: frenchText(index, AGREED_25) },
            { type: 'citation', paragraphId: AGREED_25 },
          ],
        },
        {
          style: 'body',
          negotiation: { label: { number: 3, addendum: 0 } },
          runs: [
            { type: 'precedent', paragraphId: AGREED_26, lang: 'fr', text: modified, sourceText: frenchText(index, AGREED_26) },
            { type: 'citation', paragraphId: AGREED_26 },
          ],
        },
      ],
      negotiation: {
        delegations: [
          { id: 'eu', label: 'UE', name: 'Union européenne' },
          { id: 'mx', label: 'Mexique', name: 'Mexique' },
          { id: 'g77', label: 'G77', name: 'Groupe des 77 et la Chine' },
        ],
        prefixes: { preamble: 'PP', operative: 'OP' },
        marks: {
          b1: { kind: 'bracket', sponsors: ['eu'] },
          b2: { kind: 'bracket', sponsors: [], note: 'à revoir' },
          d1: { kind: 'deletion', sponsors: ['mx'] },
          a1: { kind: 'alternative', group: 'g1', index: 1, sponsors: [] },
          a2: { kind: 'alternative', group: 'g1', index: 2, sponsors: ['mx'] },
          i1: { kind: 'insertion', sponsors: ['g77'] },
        },
        choices: { marks: {}, alternatives: {} },
      },
    },
    rounds: [],
  };
}
