import { describe, expect, it } from 'vitest';
import { rehearsalQueries } from './rehearsalQueries';

describe('the searches rehearsed before the first key', () => {
  it('are a letter, a begun word, the word, the word mistyped and a phrase, from the longest word of the text', () => {
    expect(rehearsalQueries('Les États parties devraient renforcer la coopération.')).toEqual(['c', 'coo', 'cooperation', 'copoeration', '"cooperation"']);
    expect(rehearsalQueries('Encourage la coopération internationale en matière pénale')).toEqual(['i', 'int', 'internationale', 'inetrnationale', '"internationale en"']);
  });

  it('are none for a text without a word long enough to be typed on', () => {
    expect(rehearsalQueries('Le 1er mai.')).toEqual([]);
    expect(rehearsalQueries('')).toEqual([]);
  });
});
