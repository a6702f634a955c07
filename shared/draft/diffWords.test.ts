import { beforeAll, describe, expect, test } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { indexCorpus } from '../corpus/corpusIndex';
import { diffWords } from './diffWords';

let i22: string;

beforeAll(async () => {
  const text = indexCorpus(await loadBundledCorpus()).byCompendiumRef.get('A:I.22')?.text.fr;
  if (!text) throw new Error('I.22 has a French text');
  i22 = text;
});

const changes = (source: string, text: string) => diffWords(source, text).filter((change) => change.kind !== 'same');

describe('diffWords', () => {
  test('an unchanged precedent has no changes', () => {
    expect(changes(i22, i22)).toEqual([]);
  });

  test('a replaced phrase shows as the words removed and the word added, nothing else', () => {
    const edited = i22.replace('voudront peut-être envisager', 'devraient envisager');
    expect(changes(i22, edited).map((change) => [change.kind, change.text.trim()])).toEqual([
      ['removed', 'voudront peut-être'],
      ['added', 'devraient'],
    ]);
  });

  test('the parts put back together give the new text, and the source up to spacing', () => {
    const edited = `${i22.replace('diplomatiques et consulaires', 'consulaires')} Ils coopèrent.`;
    const parts = diffWords(i22, edited);
    const spacing = (text: string) => text.replace(/\s+/g, ' ').trim();
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(edited);
    expect(spacing(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join(''))).toBe(spacing(i22));
  });
});
