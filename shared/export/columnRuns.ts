import type { CorpusIndex } from '../corpus/corpusIndex';
import type { Lang } from '../corpus/model';
import type { DraftRun } from '../draft/model';
import { EXPORT_LABELS } from './exportLabels';
import type { ExportRun } from './renderRuns';

function note(text: string): ExportRun {
  return { type: 'note', text };
}

/** The note keeps the spaces around the words it stands for, so it does not run into its neighbours. */
function noteInPlaceOf(replaced: string, text: string): ExportRun {
  const before = /^\s*/u.exec(replaced)?.[0] ?? '';
  const after = /\s*$/u.exec(replaced)?.[0] ?? '';
  return note(`${before}${text}${after}`);
}

/**
 * A draft paragraph's runs as the `lang` column of the bilingual table shows them. Agreed language
 * comes from the corpus in `lang` (looked up by paragraph id, never translated); what the delegate
 * typed in the draft's language stays in that column and is only noted in the other.
 */
export function columnRuns(index: CorpusIndex, runs: readonly DraftRun[], draftLang: Lang, lang: Lang): ExportRun[] {
  const labels = EXPORT_LABELS[lang];
  const column: ExportRun[] = [];
  for (const run of runs) {
    if (run.type === 'citation') {
      column.push(run);
    } else if (run.type === 'text') {
      if (draftLang === lang || run.text.trim() === '') column.push(run);
      else if (column.at(-1)?.type !== 'note') column.push(noteInPlaceOf(run.text, labels.typedInOtherLanguage));
    } else if (run.lang === lang) {
      column.push(run);
    } else {
      const text = index.paragraphs.get(run.paragraphId)?.text[lang];
      if (text === undefined) {
        column.push(noteInPlaceOf(run.text, `[${labels.noVersion}]`));
      } else {
        column.push({ type: 'precedent', paragraphId: run.paragraphId, lang, text, sourceText: text });
        if (run.text !== run.sourceText) column.push(note(` ${labels.modifiedInOtherLanguage}`));
      }
    }
  }
  return column;
}
