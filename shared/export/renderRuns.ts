import { FootnoteReferenceRun, TextRun, UnderlineType, type ParagraphChild } from 'docx';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { Lang } from '../corpus/model';
import type { CitationStyle, DraftRun, PrecedentRun } from '../draft/model';
import { citeParagraph } from './citeParagraph';
import { diffAgreedLanguage } from './diffAgreedLanguage';
import { STYLE } from './docxStyles';
import type { FootnoteCollector } from './FootnoteCollector';
import { placeNoteCallsBeforePunctuation } from './placeNoteCalls';
import { WORD_LANGUAGE } from './wordLanguage';

/** `marked`: agreed language the delegate changed shows deleted words struck through and added words underlined. */
export type ChangesMode = 'clean' | 'marked';

/**
 * Words export adds (a missing version, untranslated text), set apart in the "Export Note" style
 * unless `style` names another character style (the negotiating text's brackets and sponsors).
 */
export interface NoteRun {
  type: 'note';
  text: string;
  style?: string;
}

/** `style`: a character style over the run's own formatting (a proposed deletion or insertion). */
export type ExportRun = (DraftRun & { style?: string }) | NoteRun;

export interface RunContext {
  index: CorpusIndex;
  /** Language of the text being written: the draft's, or the table column's. */
  lang: Lang;
  citationStyle: CitationStyle;
  changes: ChangesMode;
  footnotes: FootnoteCollector;
  /** The language the delegate typed in, when the document is in the other one (a view with `lang`). */
  typedLang?: Lang;
}

interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  underline?: boolean;
  style?: string;
}

/** One Word run per line: a line break the delegate typed stays a line break. */
export function textRuns(text: string, lang: Lang, format: RunFormat = {}): TextRun[] {
  return text.split('\n').map(
    (line, position) =>
      new TextRun({
        text: line,
        language: { value: WORD_LANGUAGE[lang] },
        ...(position > 0 ? { break: 1 } : {}),
        ...(format.bold ? { bold: true } : {}),
        ...(format.italics ? { italics: true } : {}),
        ...(format.strike ? { strike: true } : {}),
        ...(format.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
        ...(format.style ? { style: format.style } : {}),
      }),
  );
}

function precedentRuns(run: PrecedentRun, changes: ChangesMode, style?: string): TextRun[] {
  if (changes === 'clean' || run.text === run.sourceText) return textRuns(run.text, run.lang, { style });
  return diffAgreedLanguage(run.sourceText, run.text).flatMap((segment) =>
    textRuns(segment.text, run.lang, { strike: segment.change === 'removed', underline: segment.change === 'added', style }),
  );
}

/** The text a run shows, to know whether an inline citation needs a space before it. */
function shownText(run: ExportRun): string {
  return run.type === 'citation' ? ')' : run.text;
}

export function renderRuns(runs: readonly ExportRun[], context: RunContext): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  let previous = '';
  const placed = context.citationStyle === 'footnote' && context.lang === 'fr' ? placeNoteCallsBeforePunctuation(runs) : runs;
  for (const run of placed) {
    switch (run.type) {
      case 'text':
        children.push(...textRuns(run.text, context.typedLang ?? context.lang, { bold: run.bold, italics: run.italic, style: run.style }));
        break;
      case 'note':
        children.push(...textRuns(run.text, context.lang, { style: run.style ?? STYLE.note }));
        break;
      case 'precedent':
        children.push(...precedentRuns(run, context.changes, run.style));
        break;
      case 'citation': {
        const citation = citeParagraph(context.index, run.paragraphId, context.lang);
        if (context.citationStyle === 'footnote') {
          // Word itself puts a space between the note's number and its text.
          children.push(new FootnoteReferenceRun(context.footnotes.add(textRuns(` ${citation}`, context.lang))));
        } else {
          const space = previous === '' || /\s$/u.test(previous) ? '' : ' ';
          children.push(...textRuns(`${space}(${citation})`, context.lang, { style: run.style }));
        }
        break;
      }
    }
    const shown = shownText(run);
    if (shown !== '') previous = shown;
  }
  return children;
}
