import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DRAFT_FORMAT_VERSION } from '../../../shared/draft/model';
import { buildSampleDraft, readSampleParagraphs } from '../testing/sampleDraft';
import { parseDraftText } from '../validateDraftFile';
import { DRAFT_CONVERTERS, NEWEST_CONVERTIBLE_VERSION, convertDraftValue } from './convertDraftValue';

/** Written by the app at format version 1 (the sample draft, revision 1, 4 operative paragraphs); never regenerated. */
const VERSION_1_FILE = readFileSync(fileURLToPath(new URL('../fixtures/draft-v1.json', import.meta.url)), 'utf8');

describe('the draft format converter chain', () => {
  it('has one converter per version after the first, up to the version the app writes', () => {
    expect(NEWEST_CONVERTIBLE_VERSION).toBe(DRAFT_FORMAT_VERSION);
  });

  it('opens a version 1 file as the current version, with every field it had unchanged', () => {
    const read = parseDraftText(VERSION_1_FILE);
    if (!read.ok) throw new Error(read.problem);
    expect(read.draft).toEqual(buildSampleDraft(readSampleParagraphs(), 1, 4));
    const { version: _old, ...version1Fields } = JSON.parse(VERSION_1_FILE) as Record<string, unknown>;
    const { version: _new, revision, rounds, ...currentFields } = read.draft;
    expect(currentFields).toEqual(version1Fields);
    expect(revision).toBe(1);
    expect(rounds).toEqual([]);
  });

  it('applies the converters in order from the file’s version and never changes its argument', () => {
    const version1 = JSON.parse(VERSION_1_FILE) as Record<string, unknown>;
    const before = structuredClone(version1);
    const converted = convertDraftValue(version1, 1);
    expect(version1).toEqual(before);
    expect(converted.version).toBe(DRAFT_FORMAT_VERSION);
    expect(Object.keys(converted).slice(0, 3)).toEqual(['format', 'version', 'revision']);
    // A file already of the current version passes through as it is.
    expect(convertDraftValue(converted, DRAFT_FORMAT_VERSION)).toEqual(converted);
    expect(DRAFT_CONVERTERS).toHaveLength(DRAFT_FORMAT_VERSION - 1);
  });
});
