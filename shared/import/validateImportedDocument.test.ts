import { beforeAll, describe, expect, it } from 'vitest';
import { confirmImport, type NewImportedDocument } from './confirmImport';
import { englishReportFixture } from './fixtures/englishReportFixture';
import { fixtureAsText } from './fixtures/renderFixture';
import { importFile } from './importFile';
import { validateImportedDocument, validateNewImportedDocument } from './validateImportedDocument';

let document: NewImportedDocument;

beforeAll(async () => {
  const draft = await importFile({ name: 'fixture.txt', bytes: new TextEncoder().encode(fixtureAsText(englishReportFixture())) });
  document = confirmImport(draft, draft.metadata, draft.paragraphs);
});

describe('documents sent to or read from the library', () => {
  it('accepts a confirmed import, and a stored one with its id and date', () => {
    expect(validateNewImportedDocument(document)).toBeNull();
    expect(validateImportedDocument({ ...document, libraryId: 'f3a1-22', importedAt: '2026-11-20T10:00:00.000Z' })).toBeNull();
  });

  it.each([
    ['no paragraphs', (d: NewImportedDocument) => ({ ...d, paragraphs: [] }), 'no paragraphs'],
    ['an unknown language', (d: NewImportedDocument) => ({ ...d, metadata: { ...d.metadata, lang: 'de' } }), 'metadata'],
    ['a symbol that is not one', (d: NewImportedDocument) => ({ ...d, metadata: { ...d.metadata, symbol: '<script>' } }), 'metadata'],
    ['an empty paragraph', (d: NewImportedDocument) => ({ ...d, paragraphs: d.paragraphs.map((p, i) => (i === 0 ? { ...p, text: ' ' } : p)) }), 'Paragraph 1'],
    ['two paragraphs with one number', (d: NewImportedDocument) => ({ ...d, paragraphs: [...d.paragraphs, d.paragraphs[0]!] }), 'numbered 1'],
    ['a parent after its child', (d: NewImportedDocument) => ({ ...d, paragraphs: d.paragraphs.map((p, i) => (i === 0 ? { ...p, parent: 3 } : p)) }), 'parent'],
    ['a sub-item marker that is not one', (d: NewImportedDocument) => ({ ...d, paragraphs: d.paragraphs.map((p, i) => (i === 0 ? { ...p, locator: { ...p.locator, items: ['../x'] } } : p)) }), 'Paragraph 1'],
  ])('refuses %s', (_, change, message) => {
    expect(validateNewImportedDocument(change(document))).toContain(message);
  });

  it('refuses a stored document without a safe library id', () => {
    expect(validateImportedDocument({ ...document, libraryId: '../../settings', importedAt: '2026-11-20T10:00:00.000Z' })).toContain('library id');
  });
});
