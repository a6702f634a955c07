import type JSZip from 'jszip';
import type { PrecedentChecker } from '../check/createPrecedentChecker';
import { detectLanguage } from '../check/detectLanguage';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { Lang } from '../corpus/model';
import { paragraphPart } from '../docx/paragraphPart';
import { readNotePart } from '../docx/readNotePart';
import { DOCUMENT_PART } from '../docx/readWordDocument';
import { citedRuns } from '../draft/citationRule';
import type { DraftContent, DraftParagraph } from '../draft/model';
import { readDocxParts } from '../import/extract/readDocxParts';
import { ImportError } from '../import/ImportError';
import { IMPORT_LIMITS, type ImportLimits } from '../import/importLimits';
import { emptyNegotiationSetup, type Delegation } from '../negotiation/model';
import { assembleRuns, type AssemblyContext } from './assembleRuns';
import { type ListKindOf, readListKinds } from './listKinds';
import type { WordDraft } from './model';
import { paragraphAtoms, type ParagraphContext } from './paragraphAtoms';
import { paragraphShape, numberLabels } from './paragraphShape';
import { formatProvenanceTag } from './provenanceTag';
import { readWordRuns, type WordRuns } from './readWordRuns';
import { readSourcesXml, type ListedSource } from './sourcesPart';

/** Far more paragraphs than a draft has: beyond, agreed language is recognised only where an exact citation follows it. */
const MAX_CHECKED_STRETCHES = 2_000;

export interface ReadWordDraftOptions {
  index: CorpusIndex;
  checker: PrecedentChecker;
  fileName: string;
  limits?: Pick<ImportLimits, 'docxXmlBytes' | 'docxEntries'>;
}

async function partText(parts: JSZip, name: string): Promise<string | null> {
  return (await parts.file(name)?.async('string')) ?? null;
}

async function unzip(bytes: Uint8Array, fileName: string, limits: ReadWordDraftOptions['limits']): Promise<JSZip> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new ImportError('not-docx', `${fileName} is not a Word document (.docx), whatever its name says.`, { name: fileName });
  }
  try {
    return await readDocxParts(bytes, fileName, limits ?? IMPORT_LIMITS);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError('docx-unreadable', `${fileName} could not be read as a Word document: ${reason}`, { name: fileName, reason });
  }
}

/**
 * A .docx as a draft of the current format (README.md beside this file): paragraphs, parts,
 * formatting, provenance from our content controls or recognised by text, citations linked,
 * tracked changes as proposals of their authors, typed brackets and alternatives, comments listed.
 * A file that is not a readable .docx, or beyond the import limits, is refused with an ImportError.
 */
export async function readWordDraft(bytes: Uint8Array, options: ReadWordDraftOptions): Promise<WordDraft> {
  const { fileName } = options;
  const parts = await unzip(bytes, fileName, options.limits);
  const body = await partText(parts, DOCUMENT_PART);
  if (body === null) throw new ImportError('docx-unreadable', `${fileName} is a zip file but not a Word document: it has no ${DOCUMENT_PART}.`, { name: fileName, reason: `no ${DOCUMENT_PART}` });
  let runs: WordRuns;
  const notes = new Map<string, string>();
  const listed: ListedSource[] = [];
  let comments: { author: string | null; text: string }[];
  let listKind: ListKindOf;
  try {
    runs = readWordRuns(body);
    for (const kind of ['footnote', 'endnote'] as const) {
      const xml = await partText(parts, `word/${kind}s.xml`);
      for (const note of xml ? readNotePart(xml, kind) : []) notes.set(`${kind}:${note.id}`, note.text);
    }
    const commentsXml = await partText(parts, 'word/comments.xml');
    comments = (commentsXml ? readNotePart(commentsXml, 'comment') : []).map(({ author, text }) => ({ author, text }));
    listKind = readListKinds(await partText(parts, 'word/numbering.xml'));
    for (const name of Object.keys(parts.files).filter((each) => /^customXml\/item\d+\.xml$/.test(each)).sort()) listed.push(...readSourcesXml((await partText(parts, name)) ?? ''));
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    throw new ImportError('docx-unreadable', `${fileName} could not be read as a Word document: ${reason}`, { name: fileName, reason });
  }
  return buildDraft(options, { runs: withListedTags(runs, listed), notes, listed, comments, listKind });
}

/**
 * LibreOffice keeps content controls and custom XML parts through a save but drops the controls'
 * tags. When no control has a tag and there are exactly as many as the sources listed, they are
 * the exported controls, in order: each gets its source's tag back. Otherwise untagged controls
 * are read as plain text, and their agreed language recognised by its words.
 */
function withListedTags(runs: WordRuns, listed: readonly ListedSource[]): WordRuns {
  if (listed.length === 0 || runs.controls.some((tag) => tag !== null) || runs.controls.length !== listed.length) return runs;
  return { ...runs, controls: listed.map(({ paragraphId, lang, sourceHash, exportedHash }) => ({ paragraphId, lang, sourceHash, exportedHash })) };
}

function draftLanguage(runs: WordRuns, notes: ReadonlyMap<string, string>): Lang {
  const tags = runs.controls.filter((tag) => tag !== null);
  const french = tags.filter((tag) => tag.lang === 'fr').length;
  if (tags.length > 0) return french * 2 >= tags.length ? 'fr' : 'en';
  const text = runs.paragraphs.map((paragraph) => paragraph.pieces.map((piece) => piece.text).join('')).join('\n');
  return detectLanguage(text) ?? detectLanguage([...notes.values()].join(' ')) ?? 'fr';
}

/** What the parts of the .docx gave, read before the draft is built from them. */
interface ReadParts {
  runs: WordRuns;
  notes: Map<string, string>;
  listed: ListedSource[];
  comments: WordDraft['summary']['comments'];
  listKind: ListKindOf;
}

function buildDraft(options: ReadWordDraftOptions, { runs, notes, listed, comments, listKind }: ReadParts): WordDraft {
  const lang = draftLanguage(runs, notes);
  let counter = 0;
  const delegations: Delegation[] = [];
  const context: ParagraphContext & AssemblyContext = {
    index: options.index,
    checker: options.checker,
    lang,
    found: [],
    unlinked: [],
    notesKeptAsText: { count: 0 },
    citedDocument: { id: null },
    checksLeft: { count: MAX_CHECKED_STRETCHES },
    controls: runs.controls,
    listed,
    notes,
    nextId: (prefix) => `${prefix}-${++counter}`,
    alternatives: { count: 0 },
    sawInlineCitation: { value: false },
    marks: {},
    brackets: { count: 0 },
    proposals: new Map(),
    delegationOf(author) {
      const known = delegations.find((delegation) => delegation.name === author);
      if (known) return known.id;
      const delegation = { id: `word-author-${delegations.length + 1}`, label: author, name: author };
      delegations.push(delegation);
      return delegation.id;
    },
  };
  const content: DraftContent = { preamble: [], operative: [] };
  let title: string | null = null;
  for (const paragraph of runs.paragraphs) {
    const draftRuns = citedRuns(assembleRuns(context, paragraphAtoms(context, paragraph)));
    const text = draftRuns.map((run) => (run.type === 'citation' ? '' : run.text)).join('');
    if (text.trim() === '') continue;
    if (title === null && /^(title|titre)$/i.test(paragraph.style ?? '') && draftRuns.every((run) => run.type === 'text' && !run.marks)) {
      title = text.trim();
      continue;
    }
    const opening = draftRuns.find((run) => run.type !== 'citation' && run.text.trim() !== '');
    const startsItalic = opening?.type === 'text' && Boolean(opening.italic);
    const shape = paragraphShape(paragraph, draftRuns, content.operative.length > 0 ? 'operative' : paragraphPart(text, paragraph.list !== null, startsItalic), listKind);
    const draftParagraph: DraftParagraph = shape.paragraph;
    if (draftParagraph.negotiation?.alternative) context.alternatives.count += 1;
    content[shape.section].push(draftParagraph);
  }
  numberLabels(content);
  const orphaned = orphanedSources(listed, runs);
  if (Object.keys(context.marks).length > 0 || context.alternatives.count > 0) {
    content.negotiation = { ...emptyNegotiationSetup(), delegations, marks: context.marks };
  }
  return {
    title: title ?? options.fileName.replace(/\.docx$/i, ''),
    lang,
    citationStyle: context.sawInlineCitation.value ? 'inline' : 'footnote',
    content,
    summary: {
      precedents: context.found,
      orphaned,
      proposals: [...context.proposals].map(([author, counts]) => ({ author, ...counts })),
      brackets: context.brackets.count,
      alternatives: context.alternatives.count,
      comments,
      unlinkedCitations: context.unlinked,
      notesKeptAsText: context.notesKeptAsText.count,
      textRecognitionLimited: context.checksLeft.count <= 0,
    },
  };
}

/** Sources the export listed beyond the controls still in the document with their tag. */
function orphanedSources(listed: readonly ListedSource[], runs: WordRuns): { paragraphId: string; citation: string }[] {
  const present = new Map<string, number>();
  for (const tag of runs.controls) if (tag) present.set(formatProvenanceTag(tag), (present.get(formatProvenanceTag(tag)) ?? 0) + 1);
  const orphaned: { paragraphId: string; citation: string }[] = [];
  for (const source of listed) {
    const key = formatProvenanceTag(source);
    const left = present.get(key) ?? 0;
    if (left > 0) present.set(key, left - 1);
    else orphaned.push({ paragraphId: source.paragraphId, citation: source.citation });
  }
  return orphaned;
}
