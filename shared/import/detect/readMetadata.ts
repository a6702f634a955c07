import { detectLanguage } from '../../check/detectLanguage';
import type { Lang, Provenance } from '../../corpus/model';
import { cleanInline } from '../../corpus/parse/cleanText';
import { parseDateRange } from '../../corpus/parse/frenchDates';
import { type SourceLine, toSourceLines } from '../../corpus/parse/sourceLines';
import type { ImportMetadata } from '../model';
import type { DocumentStructure } from './readStructure';

/** Symbols of the Conference of the Parties and its working groups: `CTOC/COP/WG.7/2019/6`, `CTOC/COP/2012/15`. */
export const SYMBOL = /\bCTOC\/COP\/(?:WG\.\d+\/)?\d{4}\/(?:[A-Z]+\.)?\d+(?:\/Add\.\d+)?\b/;

const ORDINALS: Record<Lang, string[]> = {
  fr: ['première', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième', 'onzième', 'douzième', 'treizième', 'quatorzième', 'quinzième'],
  en: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth'],
};
const ORGANISATION = /organi[sz]ation|ouverture|opening/i;
const LANGUAGE_NAMES: Record<string, Lang> = { english: 'en', anglais: 'en', french: 'fr', français: 'fr' };

export type MetadataNotice = 'no-symbol' | 'no-title' | 'no-dates' | 'no-meeting';

export interface DetectedMetadata {
  metadata: ImportMetadata;
  metadataSources: Record<string, Provenance[]>;
  /** Fields detection could not read: the preview asks the user for them. */
  notices: MetadataNotice[];
}

/**
 * What the document says about itself, from its header (the lines before the first paragraph)
 * and its opening paragraphs. Nothing is invented: a field not found is null and flagged.
 */
export function readMetadata(text: string, structure: DocumentStructure, fileName: string): DetectedMetadata {
  const lines = toSourceLines(text);
  const header = lines.filter((line) => line.line < structure.bodyStart && cleanInline(line.text) !== '').map((line) => ({ ...line, text: cleanInline(line.text) }));
  const sources: Record<string, Provenance[]> = {};
  const found = <T>(field: string, value: T, line: number, what: string): T => {
    (sources[field] ??= []).push({ file: fileName, line, what });
    return value;
  };
  // Where a report says when and where its meeting was held: "III. Organization of the meeting", "A. Opening of the meeting".
  const organisation = structure.kind === 'report' ? structure.paragraphs.filter((p) => p.section !== null && ORGANISATION.test(p.section)).slice(0, 3) : [];
  const lang = detectLanguage(structure.paragraphs.slice(0, 40).map((p) => p.text).join(' ')) ?? 'en';
  found('languages', lang, structure.paragraphs[0]?.line ?? 1, 'wording of the paragraphs');

  const symbolLine = header.find((line) => SYMBOL.test(line.text));
  const symbol = symbolLine
    ? found('symbol', SYMBOL.exec(symbolLine.text)![0], symbolLine.line, 'document header')
    : structure.headerSymbol
      ? found('symbol', structure.headerSymbol.symbol, structure.headerSymbol.line, 'page header')
      : null;

  const title = readTitle(header, structure);
  if (title) found('title', null, title.line, 'document title');
  const datesIn = [...(title ? [{ text: title.text, line: title.line }] : []), ...header, ...organisation.map((p) => ({ text: p.text, line: p.line }))];
  let dates: ImportMetadata['dates'] = null;
  for (const candidate of datesIn) {
    dates = parseDateRange(candidate.text, lang) ?? parseDateRange(candidate.text, lang === 'fr' ? 'en' : 'fr');
    if (dates) {
      found('dates', null, candidate.line, candidate === datesIn[0] && title ? 'document title' : 'document header or paragraph on the organization of the meeting');
      break;
    }
  }

  const placeLine = header.find((line) => /^\p{Lu}\p{L}+, .*\d{4}$/u.test(line.text));
  const heldIn = datesIn.map((c) => ({ match: /\b(?:held in|tenue? à) (\p{Lu}\p{L}+)/u.exec(c.text), line: c.line })).find((c) => c.match);
  const place = placeLine
    ? found('place', placeLine.text.split(',')[0]!, placeLine.line, 'document header')
    : heldIn
      ? found('place', heldIn.match![1]!, heldIn.line, 'document title or paragraph on the organization of the meeting')
      : null;

  const meeting = readMeeting([...(title ? [title] : []), ...organisation.map((p) => ({ text: p.text, line: p.line }))], structure.kind === 'report');
  if (meeting) found('meeting', null, meeting.line, 'ordinal of the meeting or session');

  const originalLine = header.find((line) => /^Original\s*:/i.test(line.text));
  const originalLanguage = originalLine ? (LANGUAGE_NAMES[originalLine.text.replace(/^Original\s*:\s*/i, '').trim().toLowerCase()] ?? null) : null;
  if (originalLine && originalLanguage) found('originalLanguage', null, originalLine.line, 'document header');

  const body = symbol ? (/\/WG\./.test(symbol) ? 'wg' : 'cop') : structure.kind === 'report' ? 'wg' : 'cop';
  if (symbol) found('body', null, (symbolLine ?? structure.headerSymbol)!.line, 'document symbol');
  if (structure.number) found('number', null, structure.number.line, 'decision or resolution number');
  const year = dates ? Number(dates.start.slice(0, 4)) : symbol ? Number(/\/(\d{4})\//.exec(symbol)?.[1]) : null;

  const notices: MetadataNotice[] = [];
  if (!symbol) notices.push('no-symbol');
  if (!title) notices.push('no-title');
  if (!dates) notices.push('no-dates');
  if (!meeting) notices.push('no-meeting');
  return {
    metadata: {
      symbol,
      lang,
      body,
      kind: structure.kind,
      meeting: meeting?.number ?? null,
      number: structure.number?.value ?? null,
      year: year !== null && Number.isFinite(year) ? year : null,
      dates,
      place,
      title: title?.text ?? '',
      originalLanguage,
      locatorScheme: structure.scheme,
    },
    metadataSources: sources,
    notices,
  };
}

/** "Report of the meeting ..." (joined across wrapped lines), or a decision or resolution's own title. */
function readTitle(header: readonly SourceLine[], structure: DocumentStructure): { text: string; line: number } | null {
  if (structure.instrumentTitle) return structure.instrumentTitle;
  const start = header.findIndex((line) => /^(Report|Rapport|Draft report|Projet de rapport)\b/.test(line.text));
  if (start < 0) return null;
  const parts = [header[start]!.text];
  for (let index = start + 1; index < header.length && header[index]!.line === header[index - 1]!.line + 1; index++) parts.push(header[index]!.text);
  return { text: parts.join(' '), line: header[start]!.line };
}

/**
 * "its first meeting", "la neuvième réunion" in a report; "at its sixth session" in a decision or
 * resolution (a report also names the session that created the Working Group: not its own number).
 */
function readMeeting(candidates: readonly { text: string; line: number }[], isReport: boolean): { number: number; line: number } | null {
  for (const candidate of candidates) {
    for (const lang of ['en', 'fr'] as const) {
      const noun = isReport ? (lang === 'en' ? 'meeting' : 'réunion') : 'session';
      const match = new RegExp(`\\b(${ORDINALS[lang].join('|')}) ${noun}\\b`, 'i').exec(candidate.text);
      if (match) return { number: ORDINALS[lang].indexOf(match[1]!.toLowerCase()) + 1, line: candidate.line };
    }
  }
  return null;
}
