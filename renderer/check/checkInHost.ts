import type { ParagraphCheck } from '../../shared/check/model';
import type { Lang } from '../../shared/corpus/model';
import type { DeskHost } from '../../shared/host/DeskHost';

/** What the host takes per request (NodeDeskHost), so that it answers other requests in between. */
const PER_REQUEST = 50;

/** Draft paragraphs checked in the host, each in the language its words are in, else `lang`. */
export async function checkInHost(host: Pick<DeskHost, 'checkDraftParagraphs'>, texts: readonly string[], lang: Lang): Promise<ParagraphCheck[]> {
  const results: ParagraphCheck[] = [];
  for (let start = 0; start < texts.length; start += PER_REQUEST) results.push(...(await host.checkDraftParagraphs({ texts: texts.slice(start, start + PER_REQUEST), lang })));
  return results;
}
