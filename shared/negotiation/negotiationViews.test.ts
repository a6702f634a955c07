import { describe, expect, it } from 'vitest';
import type { DraftContent } from '../draft/model';
import { checkedParagraphs } from '../export/draftCheckReport';
import { paragraphReadings } from './alternativeReadings';
import { cleanContent } from './cleanText';
import { compareTexts, paragraphHistory } from './compareTexts';
import { markTree, flattenMarkTree } from './markTree';
import { emptyNegotiationSetup, type NegotiationSetup } from './model';
import { openPoints } from './openPoints';
import { negotiationViewText } from './views';

const cite = (id: string) => `«${id}»`;

function setup(): NegotiationSetup {
  const base = emptyNegotiationSetup();
  return {
    ...base,
    delegations: [
      { id: 'eu', label: 'UE', name: 'Union européenne' },
      { id: 'mx', label: 'Mexique', name: 'Mexique' },
    ],
    marks: {
      b1: { kind: 'bracket', sponsors: ['eu'] },
      b2: { kind: 'bracket', sponsors: [] , note: 'à revoir' },
      d1: { kind: 'deletion', sponsors: ['mx'] },
      a1: { kind: 'alternative', group: 'g', index: 1, sponsors: [] },
      a2: { kind: 'alternative', group: 'g', index: 2, sponsors: ['mx'] },
    },
  };
}

/** Three operative paragraphs: a bracket nested in another, a proposed deletion, span and paragraph alternatives. */
function negotiatingText(): DraftContent {
  return {
    preamble: [{ style: 'body', runs: [{ type: 'text', text: 'Rappelant le Protocole,' }] }],
    operative: [
      {
        style: 'body',
        negotiation: { label: { number: 1, addendum: 0 }, status: { value: 'agreedAdRef', changedOn: '2026-06-02' } },
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
          { type: 'text', text: ' agir.' },
        ],
      },
      {
        style: 'body',
        negotiation: { label: { number: 2, addendum: 0 }, alternative: { index: 2, sponsors: ['mx'] } },
        runs: [
          { type: 'precedent', paragraphId: 'X#9', lang: 'fr', text: 'Texte convenu.', sourceText: 'Texte convenu.' },
          { type: 'citation', paragraphId: 'X#9' },
        ],
      },
      { style: 'body', runs: [{ type: 'text', text: 'Décide de rester saisi de la question.' }] },
    ],
    negotiation: setup(),
  };
}

describe('the negotiating text’s views', () => {
  it('nests spans by the marks of their runs and flattens back to the same runs', () => {
    const runs = negotiatingText().operative[0]!.runs;
    const tree = markTree(runs);
    expect(tree.map((node) => (node.type === 'mark' ? node.id : 'run'))).toEqual(['run', 'b1', 'run', 'd1', 'run']);
    expect(flattenMarkTree(tree)).toEqual(runs);
  });

  it('renders the bracketed text with labels, sponsors, nested brackets, alternatives and status', () => {
    expect(negotiationViewText(negotiatingText(), 'fr', 'bracketed', cite).split('\n')).toEqual([
      'PP1 Rappelant le Protocole,',
      'OP1 [convenu ad ref.] Les États parties devraient [UE\u00a0: renforcer [encore] (à revoir) la coopération] [Mexique, suppr.\u00a0: rapidement].',
      'OP2 Alt 1 Les États [Alt 1\u00a0: devraient][Alt 2 (Mexique)\u00a0: doivent] agir.',
      'OP2 Alt 2 (Mexique) Texte convenu. («X#9»)',
      'OP3 Décide de rester saisi de la question.',
    ]);
  });

  it('lists every sponsor and the status in the compilation table', () => {
    const lines = negotiationViewText(negotiatingText(), 'en', 'compilation', cite).split('\n');
    expect(lines[0]).toBe('Paragraph | Text and proposals | Sponsors | Status');
    expect(lines[2]).toMatch(/^OP1 \| .* \| UE, Mexique \| agreed ad ref\. \(2026-06-02\)$/);
    expect(lines[4]).toMatch(/^OP2 Alt 2 \| .* \| Mexique \| $/);
  });

  it('resolves the clean text with the text as it stands by default, renumbered', () => {
    expect(negotiationViewText(negotiatingText(), 'fr', 'clean', cite).split('\n')).toEqual([
      'Rappelant le Protocole,',
      '1. Les États parties devraient renforcer encore la coopération rapidement.',
      '2. Les États devraient agir.',
      '3. Décide de rester saisi de la question.',
    ]);
  });

  it('resolves the clean text with the delegate’s positions: brackets dropped, deletion taken, Alt 2 chosen', () => {
    const text = negotiatingText();
    text.negotiation!.choices = { marks: { b2: 'remove', d1: 'remove' }, alternatives: { g: 2, 'operative:2.0': 2 } };
    const clean = cleanContent(text);
    expect(negotiationViewText(text, 'fr', 'clean', cite).split('\n')).toEqual([
      'Rappelant le Protocole,',
      '1. Les États parties devraient renforcer la coopération.',
      '2. Texte convenu. («X#9»)',
      '3. Décide de rester saisi de la question.',
    ]);
    // The clean text is a draft with nothing of the negotiation left.
    expect(JSON.stringify(clean)).not.toMatch(/marks|negotiation/);
  });

  it('compares two rounds paragraph by paragraph, matched by label, and follows one paragraph through them', () => {
    const first = negotiatingText();
    const second = structuredClone(first);
    second.operative[3]!.runs = [{ type: 'text', text: 'Décide de rester activement saisi de la question.' }];
    second.operative.splice(1, 0, { style: 'body', runs: [{ type: 'text', text: 'Nouveau paragraphe.' }] });
    second.operative[0]!.negotiation!.status = { value: 'agreed', changedOn: '2026-06-09' };
    const rows = compareTexts(first, second, 'fr');
    expect(rows.map((row) => `${row.label ?? ''}:${row.kind}`)).toEqual([
      'PP1:same',
      'OP1:changed',
      'OP1 bis:added',
      'OP2 Alt 1:same',
      'OP2 Alt 2:same',
      'OP3:changed',
    ]);
    expect(rows.at(-1)!.changes.filter((change) => change.kind === 'added').map((change) => change.text.trim())).toEqual(['activement']);
    const history = paragraphHistory([{ title: 'Première lecture', date: '2026-06-02', content: first }], second, rows.at(-1)!.key, 'fr');
    expect(history.map((version) => [version.round, version.comparison.kind])).toEqual([
      ['Première lecture', 'added'],
      [undefined, 'changed'],
    ]);
  });

  it('lists the open points with the positions taken, and reads each alternative of wording for the check', () => {
    const text = negotiatingText();
    text.negotiation!.choices.marks = { d1: 'remove' };
    const points = openPoints(text);
    expect(points.map((point) => (point.type === 'proposal' ? `${point.label} ${point.mark.kind} «${point.text}» ${point.choice}` : `${point.label} ${point.scope} ${point.options.map((o) => o.index).join('/')} ${point.chosen}`))).toEqual([
      'OP1 bracket «renforcer encore la coopération» keep',
      'OP1 bracket «encore» keep',
      'OP1 deletion «rapidement» remove',
      'OP2 paragraph 1/2 1',
      'OP2 wording 1/2 1',
    ]);
    expect(paragraphReadings(text.operative[1]!, text.negotiation!)).toEqual([
      { alternative: 'Alt 1', text: 'Les États devraient agir.' },
      { alternative: 'Alt 2', text: 'Les États doivent agir.' },
    ]);
    // Other proposals keep their words when the check reads the paragraph, whatever the positions.
    expect(paragraphReadings(text.operative[0]!, text.negotiation!)).toEqual([{ text: 'Les États parties devraient renforcer encore la coopération rapidement.' }]);
    expect(checkedParagraphs(text).map((paragraph) => [paragraph.label, paragraph.paragraphIndex])).toEqual([
      ['PP1', 0],
      ['OP1', 1],
      ['OP2 Alt 1 — Alt 1', 2],
      ['OP2 Alt 1 — Alt 2', 2],
      ['OP2 Alt 2', 3],
      ['OP3', 4],
    ]);
  });
});
