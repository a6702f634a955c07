import { describe, expect, it } from 'vitest';
import { joinLines } from './cleanText';

describe('joinLines', () => {
  it('joins wrapped lines with one space', () => {
    expect(joinLines(['Les États parties ', '  devraient', '', 'coopérer.'])).toBe('Les États parties devraient coopérer.');
  });

  it('rejoins a document symbol cut after a slash, and nothing else ending in a slash', () => {
    expect(joinLines(['le document CTOC/COP/WG.7/', '2012/INF.1/Rev.2.'])).toBe('le document CTOC/COP/WG.7/2012/INF.1/Rev.2.');
    expect(joinLines(['(CTOC/COP/WG.7/', '2015/3 et Add.1)'])).toBe('(CTOC/COP/WG.7/2015/3 et Add.1)');
    expect(joinLines(['réfugiés/', 'demandeurs'])).toBe('réfugiés/ demandeurs');
    expect(joinLines(['CTOC/COP/WG.7/', '— suite'])).toBe('CTOC/COP/WG.7/ — suite');
  });
});
