import type { ParagraphCheck } from '../../shared/check/model';
import type { Lang } from '../../shared/corpus/model';
import type { DraftContent } from '../../shared/draft/model';
import { checkedParagraphs, reportOf, type DraftCheckReport } from '../../shared/export/draftCheckReport';
import type { DeskHost } from '../../shared/host/DeskHost';

/** What the host takes per request (NodeDeskHost), so that it answers other requests in between. */
const PER_REQUEST = 50;

/** Draft paragraphs checked in the host, each in the language its words are in, else `lang`. */
export async function checkInHost(host: Pick<DeskHost, 'checkDraftParagraphs'>, texts: readonly string[], lang: Lang): Promise<ParagraphCheck[]> {
  const results: ParagraphCheck[] = [];
  for (let start = 0; start < texts.length; start += PER_REQUEST) results.push(...(await host.checkDraftParagraphs({ texts: texts.slice(start, start + PER_REQUEST), lang })));
  return results;
}

/** The whole-draft check report (Word annex), each paragraph checked in the host. */
export async function draftCheckReportInHost(host: Pick<DeskHost, 'checkDraftParagraphs'>, draft: { lang: Lang; content: DraftContent }): Promise<DraftCheckReport> {
  const paragraphs = checkedParagraphs(draft.content);
  return reportOf(paragraphs, await checkInHost(host, paragraphs.map((paragraph) => paragraph.text), draft.lang));
}
