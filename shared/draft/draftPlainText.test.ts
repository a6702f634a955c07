import { describe, expect, it } from 'vitest';
import { draftPlainText } from './draftPlainText';

describe('draftPlainText', () => {
  it('gives the paragraphs of both parts in order, a line each, citations by paragraph id', () => {
    const text = draftPlainText({
      preamble: [{ style: 'body', runs: [{ type: 'text', text: 'Rappelant ' }, { type: 'text', text: 'le Protocole,', italic: true }] }],
      operative: [
        {
          style: 'body',
          runs: [
            { type: 'precedent', paragraphId: 'CTOC/COP/WG.7/2012/6#25', lang: 'fr', text: 'Les États parties devraient coopérer.', sourceText: 'Les États parties devraient coopérer.' },
            { type: 'citation', paragraphId: 'CTOC/COP/WG.7/2012/6#25' },
          ],
        },
        { style: 'heading', runs: [{ type: 'text', text: 'Suivi' }] },
      ],
    });
    expect(text).toBe('Rappelant le Protocole,\nLes États parties devraient coopérer. [CTOC/COP/WG.7/2012/6#25]\nSuivi');
  });
});
