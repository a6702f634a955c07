import type { Lang } from '../../../shared/corpus/model';
import type { PrecedentRowView } from '../../../shared/query/model';
import { shownText } from './shownText';

/**
 * What a dragged selection carries: the ids for the draft (which inserts the text with its
 * citation itself), and plain text with citations for any other drop target. Built from the rows
 * the table holds: a drag must set its data at once, it cannot wait for the host.
 */
export function dragPayload(rows: readonly PrecedentRowView[], lang: Lang): { ids: string; plain: string } {
  const plain = rows.map((row) => {
    const shown = shownText(row.text, lang);
    const text = shown.text ?? shown.fallback?.text ?? '';
    return `${text} (${row.citation[shown.text !== null ? lang : (shown.fallback?.lang ?? lang)]})`;
  });
  return { ids: JSON.stringify(rows.map((row) => row.id)), plain: plain.join('\n\n') };
}
