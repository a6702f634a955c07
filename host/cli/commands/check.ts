import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createPrecedentChecker, type PrecedentChecker } from '../../../shared/check/createPrecedentChecker';
import type { ParagraphCheck, PrecedentMatch, Verdict, WordDiffPart } from '../../../shared/check/model';
import { formatCitation } from '../../../shared/citation/formatCitation';
import { formatReference } from '../../../shared/citation/formatReference';
import type { CorpusIndex } from '../../../shared/corpus/corpusIndex';
import { decodeText } from '../../../shared/import/extract/decodeText';
import { ImportError } from '../../../shared/import/ImportError';
import type { WordDocumentCheck } from '../../../shared/wordCheck/model';
import { CliError } from '../CliError';
import type { CliCommand, CliIO } from '../command';
import { EXIT_OK } from '../exitCodes';
import { loadCliIndex } from '../loadCliIndex';
import { parseCommandArgs, readLang } from '../parseCommandArgs';
import { checkDocx } from './checkDocx';

const VERDICT: Record<Verdict, string> = {
  verbatim: 'verbatim agreed language',
  modified: 'modified agreed language',
  new: 'new language',
  'no-precedents-in-language': 'no precedents in this language',
};

const checkers = new WeakMap<CorpusIndex, PrecedentChecker>();

function checkerFor(index: CorpusIndex): PrecedentChecker {
  let checker = checkers.get(index);
  if (!checker) {
    checker = createPrecedentChecker(index);
    checkers.set(index, checker);
  }
  return checker;
}

/** A draft of several hundred paragraphs is about 100 KB; beyond this a file is not a draft, and its check would take minutes. */
export const MAX_CHECK_FILE_BYTES = 1024 * 1024;

/**
 * The text of `--file`: at most MAX_CHECK_FILE_BYTES are read (a device such as /dev/zero
 * included), and binary data is refused, with the encodings the import reads (shared decodeText).
 * `npm run desk` runs in the project folder; INIT_CWD is where the user typed the command.
 */
async function readInput(file: string): Promise<string> {
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  let bytes: Uint8Array;
  try {
    bytes = await readAtMost(path, MAX_CHECK_FILE_BYTES + 1);
  } catch (error) {
    throw new CliError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (bytes.length > MAX_CHECK_FILE_BYTES) {
    throw new CliError(`${path} is larger than ${MAX_CHECK_FILE_BYTES / 1024 / 1024} MB; check a draft's text, one paragraph per line.`);
  }
  try {
    return decodeText(bytes, path);
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(`${path} is not a text file (it holds binary data); check a draft's text, one paragraph per line.`);
    throw error;
  }
}

async function readAtMost(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(limit);
    let length = 0;
    while (length < limit) {
      const { bytesRead } = await handle.read(buffer, length, limit - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** jsdiff's word-diff notation: [-removed-]{+added+}. */
export function renderComparison(parts: readonly WordDiffPart[]): string {
  return parts
    .map((part) => {
      switch (part.kind) {
        case 'same':
          return part.draftText;
        case 'added':
          return `{+${part.draftText}+}`;
        case 'removed':
          return `[-${part.precedentText}-]`;
        case 'replaced':
          return `[-${part.precedentText}-]{+${part.draftText}+}`;
      }
    })
    .join(' ');
}

function label(index: CorpusIndex, result: ParagraphCheck, paragraphId: string): string {
  const paragraph = index.paragraphs.get(paragraphId);
  if (!paragraph) return paragraphId;
  return `${formatReference(index, paragraph)} (${formatCitation(index, [paragraphId], result.lang, 'plain')})`;
}

function printMatch(index: CorpusIndex, result: ParagraphCheck, match: PrecedentMatch, rank: number, io: CliIO): void {
  io.out(`  ${rank + 1}. ${label(index, result, match.paragraphId)}, similarity ${match.similarity.toFixed(2)}`);
  if (match.comparison && match.changes) {
    const { added, removed, replaced } = match.changes;
    io.out(`     changes: ${replaced} replaced, ${added} added, ${removed} removed`);
    if (added + removed + replaced > 0) io.out(`     ${renderComparison(match.comparison)}`);
  }
  const change = match.strengthChange;
  if (change) {
    const side = (markers: typeof change.added) => markers.map((marker) => `"${marker.phrase}" (${marker.strength})`).join(', ') || 'none';
    io.out(`     operative strength ${change.direction === 'changed' ? 'changed' : `${change.direction}`}: ${side(change.removed)} -> ${side(change.added)}`);
  }
  for (const commitment of match.commitmentChanges) io.out(`     commitment changed: ${commitment.kind} ${commitment.change}: "${commitment.phrase}"`);
  if (match.alsoAdoptedAs.length > 0) io.out(`     also adopted as: ${match.alsoAdoptedAs.map((id) => label(index, result, id)).join('; ')}`);
}

function printResult(index: CorpusIndex, result: ParagraphCheck, io: CliIO): void {
  const language = `${result.lang}${result.langSource === 'detected' ? ', detected' : result.langSource === 'default' ? ', assumed' : ''}`;
  io.out(`Paragraph ${result.index + 1} (${language}): ${VERDICT[result.verdict]}`);
  if (result.verdict !== 'no-precedents-in-language') {
    io.out(`  ${Math.round(result.coverage * 100)}% of ${result.words} words from precedents`);
  }
  result.precedents.forEach((match, rank) => printMatch(index, result, match, rank, io));
  const sourced = result.spans.filter((span) => span.source);
  if (sourced.length > 0 && result.verdict !== 'verbatim') {
    io.out('  sources:');
    for (const span of result.spans) {
      const from = span.source ? (index.paragraphs.get(span.source.paragraphId) ?? null) : null;
      io.out(`    ${from ? formatReference(index, from) : 'new'}: ${result.text.slice(span.start, span.end)}`);
    }
  }
}

/** A check with each precedent's reference and citation added. */
function checkJson(index: CorpusIndex, result: ParagraphCheck): unknown {
  const cite = (id: string) => {
    const paragraph = index.paragraphs.get(id);
    return { reference: paragraph ? formatReference(index, paragraph) : id, citation: formatCitation(index, [id], result.lang, 'plain') };
  };
  return {
    ...result,
    precedents: result.precedents.map((match) => ({ ...match, ...cite(match.paragraphId) })),
    spans: result.spans.map((span) => ({ ...span, ...(span.source ? cite(span.source.paragraphId) : {}) })),
  };
}

/** The JSON output: the checks, with each precedent's reference and citation added. */
function toJson(index: CorpusIndex, results: readonly ParagraphCheck[]): unknown {
  return { paragraphs: results.map((result) => checkJson(index, result)) };
}

/** The JSON output of --docx: WordDocumentCheck, its checks as in toJson. */
function docxJson(index: CorpusIndex, file: string, report: WordDocumentCheck): unknown {
  return {
    file,
    lang: report.lang,
    paragraphs: report.paragraphs.map((paragraph) => ({
      ...paragraph,
      check: checkJson(index, paragraph.check),
      before: paragraph.before && checkJson(index, paragraph.before),
    })),
  };
}

export const checkCommand: CliCommand = {
  name: 'check',
  usage: `check [--lang en|fr] [--json] "TEXT" | --file F | --docx FILE.docx [--out ANNOTATED.docx]
  Checks text against the precedents, one paragraph per line: verdict (verbatim agreed language,
  modified agreed language, new language, or no precedents in this language), the share of its
  words taken from precedents, the closest precedents with their citations, the word-level
  differences ([-removed-]{+added+}), any change of operative strength, and where each span comes
  from. Without --lang the language of each paragraph is detected. --file reads a text file
  (UTF-8, UTF-16 or Windows-1252) of at most 1 MB; binary files are refused. --json prints
  { "paragraphs": [ParagraphCheck + "reference"/"citation" per precedent and span] }
  (shared/check/model.ts).
  --docx checks a Word document paragraph by paragraph (tracked changes accepted, and the text
  before them too), and its citations, in footnotes or in parentheses: the cited paragraph must
  exist and be the one quoted; agreed language must be cited. --lang is the document's language
  (detected when absent). --out writes a copy with the check of each paragraph as a Word comment
  (comments in the document's language; the text untouched). --json prints
  { "file", "lang", "paragraphs": [WordParagraphCheck] } (shared/wordCheck/model.ts).`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('check', args, {
      lang: { type: 'string' },
      json: { type: 'boolean' },
      file: { type: 'string' },
      docx: { type: 'string' },
      out: { type: 'string' },
    });
    const lang = values.lang === undefined ? undefined : readLang(values.lang);
    if (values.docx !== undefined) {
      if (values.file !== undefined || positionals.length > 0) throw new CliError('Give one of TEXT, --file F or --docx FILE.docx.');
      const docx = values.docx;
      const index = await loadCliIndex();
      await checkDocx(index, checkerFor(index), { file: docx, lang, json: values.json === true, out: values.out }, io, (report) => docxJson(index, docx, report));
      return EXIT_OK;
    }
    if (values.out !== undefined) throw new CliError('--out writes an annotated Word document: it goes with --docx.');
    if (values.file !== undefined && positionals.length > 0) throw new CliError('Give either TEXT or --file F, not both.');
    if (values.file === undefined && positionals.length === 0) throw new CliError('Missing text to check. See "desk check --help".');
    const text = values.file === undefined ? positionals.join(' ') : await readInput(values.file);
    const index = await loadCliIndex();
    const results = checkerFor(index).check(text, { lang });
    if (results.length === 0) throw new CliError('Nothing to check: the text is empty.');
    if (values.json) io.out(JSON.stringify(toJson(index, results), null, 2));
    else {
      results.forEach((result, i) => {
        if (i > 0) io.out('');
        printResult(index, result, io);
      });
    }
    return EXIT_OK;
  },
};
