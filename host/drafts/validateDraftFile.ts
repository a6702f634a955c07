import { LANGS } from '../../shared/corpus/model';
import { DRAFT_FORMAT, DRAFT_FORMAT_VERSION } from '../../shared/draft/model';
import type { DraftFile } from '../../shared/draft/model';
import { convertDraftValue } from './formatVersions/convertDraftValue';
import { checkNegotiationSetup, checkParagraphNegotiation } from './validateNegotiation';
import { describe, isOneOf, isRecord, isStringList, type Check } from './valueChecks';

/** `newerVersion`: the file's format version, when a newer app wrote it (such a file is left as it is). */
export type DraftCheck = { ok: true; draft: DraftFile } | { ok: false; problem: string; newerVersion?: number };

/** Problems listed in one message; a file wrong everywhere needs only the first few to be recognised. */
const MAX_PROBLEMS = 5;

/** Reads the text of a draft file: JSON errors and format errors are told with where they are. */
export function parseDraftText(text: string): DraftCheck {
  if (text.trim() === '') return { ok: false, problem: 'the file is empty' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: describeJsonError(text, error) };
  }
  return checkDraftValue(value);
}

/**
 * Checks that `value` is a draft, naming every wrong field by its path. A draft of an earlier
 * format version is converted to the current one first (formatVersions/); one of a newer version
 * is refused.
 */
export function checkDraftValue(raw: unknown): DraftCheck {
  if (!isRecord(raw)) return { ok: false, problem: `it holds ${describe(raw)}, not a draft object` };
  if (raw.format !== DRAFT_FORMAT) {
    const found = raw.format === undefined ? 'has no "format" field' : `has "format": ${describe(raw.format)}`;
    return { ok: false, problem: `it ${found}, so it is not a Precedent Desk draft (expected "format": "${DRAFT_FORMAT}")` };
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: `"version" is ${describe(version)}, expected a whole number from 1 to ${DRAFT_FORMAT_VERSION}` };
  }
  if (version > DRAFT_FORMAT_VERSION) {
    return {
      ok: false,
      problem: `it was made by a newer version of Precedent Desk (format version ${version}); this version reads format versions 1 to ${DRAFT_FORMAT_VERSION}`,
      newerVersion: version,
    };
  }
  const value = version < DRAFT_FORMAT_VERSION ? convertDraftValue(raw, version) : raw;
  const problems: string[] = [];
  const check = (ok: boolean, path: string, found: unknown, expected: string) => {
    if (!ok) problems.push(found === undefined ? `${path} is missing (expected ${expected})` : `${path} is ${describe(found)} (expected ${expected})`);
  };
  check(Number.isInteger(value.revision) && (value.revision as number) >= 0, 'revision', value.revision, 'a whole number from 0');
  check(typeof value.id === 'string', 'id', value.id, 'a string');
  check(typeof value.title === 'string', 'title', value.title, 'a string');
  check(isOneOf(value.lang, LANGS), 'lang', value.lang, '"fr" or "en"');
  check(isOneOf(value.citationStyle, ['inline', 'footnote']), 'citationStyle', value.citationStyle, '"inline" or "footnote"');
  for (const key of ['createdAt', 'updatedAt'] as const) {
    check(typeof value[key] === 'string' && !Number.isNaN(Date.parse(value[key])), key, value[key], 'an ISO date string');
  }
  check(isRecord(value.editorState), 'editorState', value.editorState, 'an object (the editor state)');
  checkContent(value.content, 'content', check);
  checkRounds(value.rounds, check);
  if (problems.length > 0) {
    const more = problems.length > MAX_PROBLEMS ? `; and ${problems.length - MAX_PROBLEMS} more` : '';
    return { ok: false, problem: problems.slice(0, MAX_PROBLEMS).join('; ') + more };
  }
  return { ok: true, draft: value as unknown as DraftFile };
}

function checkContent(content: unknown, path: string, check: Check): void {
  if (!isRecord(content)) return check(false, path, content, 'an object with "preamble" and "operative"');
  for (const part of ['preamble', 'operative'] as const) {
    const paragraphs = content[part];
    if (!Array.isArray(paragraphs)) {
      check(false, `${path}.${part}`, paragraphs, 'a list of paragraphs');
      continue;
    }
    paragraphs.forEach((paragraph: unknown, index) => checkParagraph(paragraph, `${path}.${part}[${index}]`, check));
  }
  if (content.negotiation !== undefined) checkNegotiationSetup(content.negotiation, `${path}.negotiation`, check);
}

function checkRounds(rounds: unknown, check: Check): void {
  if (!Array.isArray(rounds)) return check(false, 'rounds', rounds, 'a list of reading rounds');
  rounds.forEach((round: unknown, index) => {
    const path = `rounds[${index}]`;
    if (!isRecord(round)) return check(false, path, round, 'a reading round object');
    for (const key of ['id', 'title', 'date', 'takenAt'] as const) check(typeof round[key] === 'string', `${path}.${key}`, round[key], 'a string');
    checkContent(round.content, `${path}.content`, check);
  });
}

function checkParagraph(paragraph: unknown, path: string, check: Check): void {
  if (!isRecord(paragraph)) return check(false, path, paragraph, 'a paragraph object');
  check(isOneOf(paragraph.style, ['body', 'heading']), `${path}.style`, paragraph.style, '"body" or "heading"');
  if (paragraph.list !== undefined) checkListItem(paragraph.list, `${path}.list`, check);
  if (paragraph.negotiation !== undefined) checkParagraphNegotiation(paragraph.negotiation, `${path}.negotiation`, check);
  if (!Array.isArray(paragraph.runs)) return check(false, `${path}.runs`, paragraph.runs, 'a list of runs');
  paragraph.runs.forEach((run: unknown, index) => checkRun(run, `${path}.runs[${index}]`, check));
}

function checkListItem(list: unknown, path: string, check: Check): void {
  if (!isRecord(list)) return check(false, path, list, 'an object with "kind" and "level"');
  check(isOneOf(list.kind, ['bullet', 'number']), `${path}.kind`, list.kind, '"bullet" or "number"');
  check(Number.isInteger(list.level) && (list.level as number) >= 0, `${path}.level`, list.level, 'a whole number from 0');
}

function checkRun(run: unknown, path: string, check: Check): void {
  if (!isRecord(run)) return check(false, path, run, 'a run object');
  const string = (key: string) => check(typeof run[key] === 'string', `${path}.${key}`, run[key], 'a string');
  const optionalBoolean = (key: string) =>
    check(run[key] === undefined || typeof run[key] === 'boolean', `${path}.${key}`, run[key], 'true or false');
  check(run.marks === undefined || isStringList(run.marks), `${path}.marks`, run.marks, 'a list of mark ids');
  switch (run.type) {
    case 'text':
      string('text');
      optionalBoolean('bold');
      optionalBoolean('italic');
      return;
    case 'precedent':
      string('paragraphId');
      check(isOneOf(run.lang, LANGS), `${path}.lang`, run.lang, '"fr" or "en"');
      string('text');
      string('sourceText');
      return;
    case 'citation':
      string('paragraphId');
      return;
    default:
      check(false, `${path}.type`, run.type, '"text", "precedent" or "citation"');
  }
}

function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) {
    if (message.includes('end of JSON input')) return `the file ends early, it looks cut off (${message})`;
    return `it is not valid JSON (${message})`;
  }
  const offset = Number(position);
  const before = text.slice(0, offset).split('\n');
  const where = `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
  if (offset >= text.trimEnd().length) return `the file ends early at ${where}, it looks cut off (${message})`;
  return `it is not valid JSON at ${where} (${message})`;
}
