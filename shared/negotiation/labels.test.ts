import { describe, expect, it } from 'vitest';
import { assignLabels, formatLabel } from './labels';
import { DEFAULT_LABEL_PREFIXES, type ParagraphLabel } from './model';

const l = (number: number, addendum = 0): ParagraphLabel => ({ number, addendum });
const show = (labels: ParagraphLabel[]) => labels.map((label) => formatLabel(DEFAULT_LABEL_PREFIXES, 'operative', label));

describe('paragraph labels', () => {
  it('numbers a text written paragraph after paragraph', () => {
    expect(show(assignLabels([{}, {}, {}]))).toEqual(['OP1', 'OP2', 'OP3']);
    expect(show(assignLabels([{ label: l(1) }, { label: l(2) }, {}]))).toEqual(['OP1', 'OP2', 'OP3']);
  });

  it('gives a paragraph inserted during negotiation bis, then ter, and never shifts the others', () => {
    const once = assignLabels([{ label: l(1) }, { label: l(2) }, { label: l(3) }, {}, { label: l(4) }]);
    expect(show(once)).toEqual(['OP1', 'OP2', 'OP3', 'OP3 bis', 'OP4']);
    const twice = assignLabels([...once.slice(0, 4).map((label) => ({ label })), {}, { label: l(4) }]);
    expect(show(twice)).toEqual(['OP1', 'OP2', 'OP3', 'OP3 bis', 'OP3 ter', 'OP4']);
  });

  it('keeps labels where paragraphs were moved, and relabels a copy', () => {
    expect(show(assignLabels([{ label: l(2) }, { label: l(1) }, { label: l(2) }]))).toEqual(['OP2', 'OP1', 'OP1 bis']);
  });

  it('lets alternatives of one paragraph share its label', () => {
    const labels = assignLabels([{ label: l(1) }, { label: l(2), alternativeIndex: 1 }, { label: l(2), alternativeIndex: 2 }, {}]);
    expect(show(labels)).toEqual(['OP1', 'OP2', 'OP2', 'OP3']);
  });

  it('writes the addenda in Latin and uses the draft’s prefixes', () => {
    expect(formatLabel({ preamble: 'AP', operative: 'DP' }, 'preamble', l(3, 3))).toBe('AP3 quater');
    expect(formatLabel(DEFAULT_LABEL_PREFIXES, 'operative', l(3, 12))).toBe('OP3 (12)');
  });
});
