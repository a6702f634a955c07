import type { Lang } from '../corpus/model';
import type { DraftContent } from '../draft/model';
import { bracketedParagraphs, sponsorLabels, type ViewParagraph } from './bracketedView';
import { negotiationSetupOf } from './labelledContent';
import { VIEW_WORDS } from './viewWords';

export interface CompilationRow {
  view: ViewParagraph;
  /** Everyone who proposes something in the paragraph, the paragraph's own sponsors first. */
  sponsors: string[];
  /** "convenu ad ref. (2026-06-02, Première lecture)", or empty. */
  status: string;
}

/** The compilation table: label | text and proposals | sponsors | status, one row a paragraph. */
export function compilationRows(content: DraftContent, lang: Lang): CompilationRow[] {
  const setup = negotiationSetupOf(content);
  const words = VIEW_WORDS[lang];
  return bracketedParagraphs(content, lang).map((view) => {
    const markIds = new Set(view.paragraph.runs.flatMap((run) => run.marks ?? []));
    const markSponsors = [...markIds].flatMap((id) => setup.marks[id]?.sponsors ?? []);
    const sponsors = [...new Set([...view.sponsors, ...sponsorLabels(markSponsors, setup)])];
    const status = view.status
      ? `${words.status[view.status.value]} (${[view.status.changedOn, view.status.round].filter(Boolean).join(', ')})`
      : '';
    return { view, sponsors, status };
  });
}
