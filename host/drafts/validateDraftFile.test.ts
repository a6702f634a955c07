import { describe, expect, it } from 'vitest';
import { buildSampleDraft, readSampleParagraphs } from './testing/sampleDraft';
import { checkDraftValue, parseDraftText } from './validateDraftFile';

const sample = () => buildSampleDraft(readSampleParagraphs(), 1, 4);

describe('parseDraftText', () => {
  it('accepts a draft and gives it back', () => {
    const draft = sample();
    expect(parseDraftText(JSON.stringify(draft))).toEqual({ ok: true, draft });
  });

  it('says on which line and column a JSON error sits', () => {
    const text = '{\n  "format": "precedent-desk/draft",\n  "version": 1\n  "id": "x"\n}';
    expect(parseDraftText(text)).toEqual({ ok: false, problem: expect.stringMatching(/^it is not valid JSON at line 4, column 3 /) });
  });

  it('tells a file cut short from one that is wrong in the middle', () => {
    const text = JSON.stringify(sample(), null, 2);
    expect(parseDraftText(text.slice(0, 500))).toEqual({ ok: false, problem: expect.stringMatching(/^the file ends early at line \d+, column \d+, it looks cut off/) });
  });
});

describe('checkDraftValue', () => {
  it('names each wrong field by its path inside the draft', () => {
    const draft = sample() as unknown as { content: { operative: { runs: Record<string, unknown>[] }[] }; lang: unknown };
    draft.lang = 'de';
    const run = draft.content.operative[2]?.runs[0];
    if (run) delete run.sourceText;
    expect(checkDraftValue(draft)).toEqual({
      ok: false,
      problem: 'lang is "de" (expected "fr" or "en"); content.operative[2].runs[0].sourceText is missing (expected a string)',
    });
  });

  it('accepts list items and names a wrong list marking by its path', () => {
    const draft = sample() as unknown as { content: { operative: Record<string, unknown>[] } };
    const [first, second] = draft.content.operative;
    if (!first || !second) throw new Error('the sample draft has operative paragraphs');
    first.list = { kind: 'number', level: 1 };
    expect(checkDraftValue(draft).ok).toBe(true);
    second.list = { kind: 'roman', level: -1 };
    expect(checkDraftValue(draft)).toEqual({
      ok: false,
      problem: 'content.operative[1].list.kind is "roman" (expected "bullet" or "number"); content.operative[1].list.level is -1 (expected a whole number from 0)',
    });
  });

  it('lists the first few problems of a badly wrong file, and how many more there are', () => {
    const result = checkDraftValue({ format: 'precedent-desk/draft', version: 1 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(/^id is missing \(expected a string\); title is missing .*; and 3 more$/);
  });

  it('stops at the format or version when the file is not a draft of this version', () => {
    expect(checkDraftValue([1, 2])).toEqual({ ok: false, problem: 'it holds a list, not a draft object' });
    expect(checkDraftValue({ root: {} })).toEqual({ ok: false, problem: expect.stringContaining('has no "format" field, so it is not a Precedent Desk draft') });
    expect(checkDraftValue({ ...sample(), version: '1' })).toEqual({ ok: false, problem: '"version" is "1", expected a whole number from 1 to 3' });
  });

  it('refuses a draft of a newer format version, saying which', () => {
    expect(checkDraftValue({ ...sample(), version: 4, somethingNew: {} })).toEqual({
      ok: false,
      problem: 'it was made by a newer version of Precedent Desk (format version 4); this version reads format versions 1 to 3',
      newerVersion: 4,
    });
  });

  it('names a missing or wrong revision', () => {
    const { revision: _revision, ...withoutRevision } = sample();
    expect(checkDraftValue(withoutRevision)).toEqual({ ok: false, problem: 'revision is missing (expected a whole number from 0)' });
    expect(checkDraftValue({ ...sample(), revision: 1.5 })).toEqual({ ok: false, problem: 'revision is 1.5 (expected a whole number from 0)' });
  });
});
