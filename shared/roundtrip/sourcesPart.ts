import { walkWordXml } from '../docx/wordXml';
import type { ProvenanceEntry } from './ProvenanceCollector';
import { formatProvenanceTag, parseProvenanceTag, type ProvenanceTag } from './provenanceTag';
import { escapeXml } from './xmlText';

/** The custom XML part listing an export's sources: Word keeps such parts through edits and saves. */
export const SOURCES_NAMESPACE = 'urn:precedent-desk:provenance:1';
export const SOURCES_PART = 'customXml/item1.xml';

export interface ListedSource extends ProvenanceTag {
  citation: string;
  sourceText: string;
}

export function sourcesXml(entries: readonly ProvenanceEntry[]): string {
  const sources = entries.map(
    (entry) =>
      `<pd:source tag="${escapeXml(formatProvenanceTag(entry))}" citation="${escapeXml(entry.citation)}">${escapeXml(entry.sourceText)}</pd:source>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pd:sources xmlns:pd="${SOURCES_NAMESPACE}">${sources.join('')}</pd:sources>`;
}

/** The sources a part lists, in order; none from a part that is not ours or not XML. */
export function readSourcesXml(xml: string): ListedSource[] {
  if (!xml.includes(SOURCES_NAMESPACE)) return [];
  const sources: ListedSource[] = [];
  let open: { tag: ProvenanceTag; citation: string; text: string } | null = null;
  // Plain XML in our own namespace: the Word walker's generic callbacks read it.
  try {
    walkWordXml(xml, {
      open(element) {
        const tag = element.attribute('tag');
        const parsed = tag === null ? null : parseProvenanceTag(tag);
        open = parsed ? { tag: parsed, citation: element.attribute('citation') ?? '', text: '' } : null;
      },
      close() {
        if (open) sources.push({ ...open.tag, citation: open.citation, sourceText: open.text });
        open = null;
      },
      text(text) {
        if (open) open.text += text;
      },
    });
  } catch {
    return [];
  }
  return sources;
}
