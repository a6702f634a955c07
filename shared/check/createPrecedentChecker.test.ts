import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { indexCorpus, type CorpusIndex } from '../corpus/corpusIndex';
import type { Paragraph } from '../corpus/model';
import { normalizeWording, tokenizeWords } from '../text/normalizeWording';
import { createPrecedentChecker, type PrecedentChecker } from './createPrecedentChecker';
import type { ParagraphCheck } from './model';

let index: CorpusIndex;
let checker: PrecedentChecker;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
  checker = createPrecedentChecker(index);
});

function paragraph(ref: string): Paragraph {
  const found = index.byCompendiumRef.get(ref);
  if (!found?.text.fr) throw new Error(`No French text for ${ref}`);
  return found;
}

function frenchText(ref: string): string {
  return paragraph(ref).text.fr ?? '';
}

function checkOne(text: string): ParagraphCheck {
  const results = checker.check(text);
  expect(results).toHaveLength(1);
  return results[0] as ParagraphCheck;
}

/** Words of `text` from token `from` (inclusive) to `to` (exclusive), as written. */
function wordsBetween(text: string, from: number, to: number): string {
  const tokens = tokenizeWords(text);
  return text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
}

describe('check against the real corpus', () => {
  it('finds I.22 with two words changed, verdict modified, and shows exactly those two changes', () => {
    const original = frenchText('A:I.22');
    const tokens = tokenizeWords(original);
    const long = tokens.filter((token) => token.text.length >= 8);
    const first = long[2];
    const second = long[long.length - 3];
    if (!first || !second) throw new Error('I.22 has too few long words');
    const edited = `${original.slice(0, first.start)}militaires${original.slice(first.end, second.start)}spéciaux${original.slice(second.end)}`;

    const result = checkOne(edited);
    expect(result.verdict).toBe('modified');
    expect(result.precedents[0]?.paragraphId).toBe(paragraph('A:I.22').id);
    const changes = result.precedents[0]?.comparison?.filter((part) => part.kind !== 'same');
    expect(changes?.map((part) => [part.kind, part.precedentText, part.draftText])).toEqual([
      ['replaced', first.text, 'militaires'],
      ['replaced', second.text, 'spéciaux'],
    ]);
    expect(result.precedents[0]?.changes).toEqual({ added: 0, removed: 0, replaced: 2 });
    expect(result.coverage).toBeGreaterThan(0.9);
    expect(result.coverage).toBeLessThan(1);
  });

  it('attributes each half of a stitched paragraph to its own source', () => {
    const [a, b] = [paragraph('A:I.10'), paragraph('A:VI.4')];
    expect(checker.alsoAdoptedAs(a.id)).toEqual([]);
    expect(checker.alsoAdoptedAs(b.id)).toEqual([]);
    const [textA, textB] = [a.text.fr ?? '', b.text.fr ?? ''];
    const halfA = Math.floor(tokenizeWords(textA).length / 2);
    const countB = tokenizeWords(textB).length;
    const halfB = Math.floor(countB / 2);
    const firstPart = wordsBetween(textA, 0, halfA);
    const stitched = `${firstPart} ${wordsBetween(textB, halfB, countB)}.`;

    const result = checkOne(stitched);
    expect(result.verdict).toBe('modified');
    const sourceOfWord = (offset: number) => result.spans.find((span) => span.start <= offset && offset < span.end)?.source?.paragraphId;
    const words = tokenizeWords(stitched);
    const firstWords = words.slice(0, halfA);
    const secondWords = words.slice(halfA);
    expect(firstWords.filter((word) => sourceOfWord(word.start) === a.id).length).toBeGreaterThanOrEqual(halfA - 1);
    expect(secondWords.filter((word) => sourceOfWord(word.start) === b.id).length).toBeGreaterThanOrEqual(secondWords.length - 1);
    expect(firstWords.some((word) => sourceOfWord(word.start) === b.id)).toBe(false);
    expect(secondWords.some((word) => sourceOfWord(word.start) === a.id)).toBe(false);
    const ids = result.precedents.map((match) => match.paragraphId);
    expect(ids).toContain(a.id);
    expect(ids).toContain(b.id);
  });

  it('says "no precedents in this language" for English, never "new"', () => {
    const result = checkOne('States parties should consider strengthening their legislation against the smuggling of migrants.');
    expect(result.lang).toBe('en');
    expect(result.langSource).toBe('detected');
    expect(result.verdict).toBe('no-precedents-in-language');
    expect(result.precedents).toEqual([]);
    expect(checker.languages).toEqual(['fr']);
  });

  it('calls invented text new language', () => {
    const result = checkOne('Les délégations organisent chaque printemps un concours de poésie consacré aux phares, aux marées et aux oiseaux migrateurs.');
    expect(result.lang).toBe('fr');
    expect(result.verdict).toBe('new');
    expect(result.coverage).toBe(0);
  });

  it('reports the strength change when "devraient" becomes "voudront peut-être"', () => {
    const original = frenchText('A:I.22');
    expect(original).toContain('devraient');
    const result = checkOne(original.replace('devraient', 'voudront peut-être'));
    const best = result.precedents[0];
    expect(best?.paragraphId).toBe(paragraph('A:I.22').id);
    expect(best?.strengthChange?.direction).toBe('weaker');
    expect(best?.strengthChange?.removed.map((marker) => marker.phrase)).toEqual(['devraient']);
    expect(best?.strengthChange?.added.map((marker) => marker.phrase)).toEqual(['voudront peut-être']);
    expect(best?.strengthChange?.precedent).toEqual(['should', 'may']);
    expect(best?.strengthChange?.draft).toEqual(['may']);
  });

  it('reports a strengthening too ("voudront peut-être" becomes "devraient" in I.21)', () => {
    const original = frenchText('A:I.21');
    const result = checkOne(original.replace('voudront peut-être', 'devraient'));
    expect(result.precedents[0]?.paragraphId).toBe(paragraph('A:I.21').id);
    expect(result.precedents[0]?.strengthChange?.direction).toBe('stronger');
    expect(result.strengths).toEqual(['should']);
  });

  it('reports no strength change for an edit that leaves the operative verbs alone', () => {
    const original = frenchText('A:I.22');
    const result = checkOne(original.replace('particulière', 'spéciale'));
    expect(result.precedents[0]?.changes?.replaced).toBe(1);
    expect(result.precedents[0]?.strengthChange).toBeNull();
  });

  it('calls typographic-only differences verbatim', () => {
    const original = frenchText('A:I.22');
    const retyped = `22. ${original.replace(/’/g, "'").replace(/ de /g, '\u00a0de ').replace('Vienne', 'Vienne²')}`;
    expect(retyped).not.toBe(original);
    const result = checkOne(retyped);
    expect(result.verdict).toBe('verbatim');
    expect(result.coverage).toBe(1);
    expect(result.precedents[0]?.comparison?.every((part) => part.kind === 'same')).toBe(true);
  });

  it('checks a sub-item lifted into a sentence of its own: only the added words differ', () => {
    const subItem = frenchText('A:V.1.a');
    const draft = `Les États parties devraient ${subItem.charAt(0).toLowerCase()}${subItem.slice(1)}`;
    const result = checkOne(draft);
    expect(result.verdict).toBe('modified');
    expect(result.precedents[0]?.paragraphId).toBe(paragraph('A:V.1.a').id);
    const changes = result.precedents[0]?.comparison?.filter((part) => part.kind !== 'same');
    expect(changes?.map((part) => [part.kind, part.draftText])).toEqual([['added', 'Les États parties devraient']]);
  });

  it('checks one paragraph per line, with offsets into the text', () => {
    const a = frenchText('A:I.22');
    const b = 'Les délégations organisent un concours de poésie.';
    const text = `${a}\n\n  ${b}\n`;
    const results = checker.check(text);
    expect(results.map((result) => [result.index, text.slice(result.start, result.end), result.verdict])).toEqual([
      [0, a, 'verbatim'],
      [1, b, 'new'],
    ]);
  });

  it('checks a draft paragraph broken over lines as one paragraph, with offsets into the text', () => {
    const original = frenchText('A:I.22');
    const wrapped = `  ${original.replace('. En cas', '.\r\nEn cas')}\n`;
    const result = checker.checkParagraph(wrapped);
    expect(result.verdict).toBe('verbatim');
    expect(result.start).toBe(2);
    expect(wrapped.slice(result.start, result.end).replace(/[\r\n]/g, ' ')).toBe(result.text);
  });

  it('never offers report context (not adopted) as a precedent', () => {
    const context = index.corpus.paragraphs.find((p) => !p.adopted && (p.text.fr?.length ?? 0) > 200);
    if (!context) throw new Error('The corpus has no context paragraph');
    const result = checkOne(context.text.fr ?? '');
    expect(result.precedents.map((match) => match.paragraphId)).not.toContain(context.id);
    expect(result.verdict).not.toBe('verbatim');
  });
});

describe('also adopted as', () => {
  it('links recommendation I.2 and resolution 6/3, para. 2, both ways and in the check', () => {
    const [i2, resolution] = [paragraph('A:I.2'), paragraph('B:VI.2')];
    expect(checker.alsoAdoptedAs(i2.id)).toEqual([resolution.id]);
    expect(checker.alsoAdoptedAs(resolution.id)).toEqual([i2.id]);
    const result = checkOne(i2.text.fr ?? '');
    expect(result.verdict).toBe('verbatim');
    expect(result.precedents[0]?.alsoAdoptedAs).toEqual([resolution.id]);
  });
});

describe('phraseUsage', () => {
  it('counts the precedents holding a phrase and the years of first and last use', () => {
    const phrase = 'voudront peut-être envisager';
    const precedents = index.corpus.paragraphs.filter((p) => p.adopted && normalizeWording(p.text.fr ?? '').includes(phrase));
    const years = precedents.map((p) => index.documents.get(p.docId)?.year ?? 0);
    expect(precedents.length).toBeGreaterThan(3);

    const usage = checker.phraseUsage(phrase);
    expect(usage.paragraphIds).toEqual(precedents.map((p) => p.id));
    expect(usage.count).toBe(precedents.length);
    expect(usage.firstYear).toBe(Math.min(...years));
    expect(usage.lastYear).toBe(Math.max(...years));
    expect(usage.years.reduce((sum, year) => sum + year.count, 0)).toBe(precedents.length);
  });

  it('finds a phrase typed with other typography, and a phrase that spans years', () => {
    expect(checker.phraseUsage('voudront  peut\u2011être envisager').paragraphIds).toEqual(checker.phraseUsage('voudront peut-être envisager').paragraphIds);
    const usage = checker.phraseUsage('les États parties');
    expect(usage.firstYear).toBeLessThan(usage.lastYear ?? 0);
    expect(checker.phraseUsage('concours de poésie').count).toBe(0);
  });
});

describe('coherent spans and commitment changes', () => {
  it('never lists as new a phrase the comparison shows as shared', () => {
    const result = checkOne('Les États parties devraient renforcer la coopération');
    const best = result.precedents[0];
    const shared = best?.comparison?.filter((part) => part.kind === 'same' && part.draftWords >= 2) ?? [];
    expect(shared.map((part) => part.draftText)).toContain('renforcer la coopération');
    for (const part of shared) {
      const spans = result.spans.filter((span) => span.start < part.draftEnd && span.end > part.draftStart);
      expect(spans.every((span) => span.source?.paragraphId === best?.paragraphId)).toBe(true);
    }
  });

  it('reports a negation added and a qualifier dropped as changes of commitment', () => {
    const withQualifier = index.corpus.paragraphs.find((p) => p.adopted && /devraient, le cas échéant,/.test(p.text.fr ?? ''));
    if (!withQualifier) throw new Error('No precedent says "devraient, le cas échéant,"');
    const text = (withQualifier.text.fr ?? '').replace('devraient, le cas échéant,', 'ne devraient pas');
    const best = checkOne(text).precedents[0];
    expect(best?.paragraphId).toBe(withQualifier.id);
    expect(best?.commitmentChanges).toEqual([
      { kind: 'negation', change: 'added', phrase: 'pas' },
      { kind: 'qualifier', change: 'removed', phrase: 'le cas échéant' },
    ]);
  });
});
