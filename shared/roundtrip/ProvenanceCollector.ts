import type { PrecedentRun } from '../draft/model';
import { textHash, type ProvenanceTag } from './provenanceTag';

/** One precedent wrapped in a content control, as the custom XML part lists it. */
export interface ProvenanceEntry extends ProvenanceTag {
  /** The bookmark name the export writes in its place, turned into the control afterwards. */
  marker: string;
  citation: string;
  sourceText: string;
}

/** Bookmark names Word would never write itself (it starts its own with `_Toc`, `_Ref`, `_Hlk`). */
export const MARKER_PREFIX = '_PdProvenance';

/** Collects the precedents an export wraps, in document order (as FootnoteCollector does for notes). */
export class ProvenanceCollector {
  readonly entries: ProvenanceEntry[] = [];

  add(run: Pick<PrecedentRun, 'paragraphId' | 'lang' | 'text' | 'sourceText'>, citation: string): ProvenanceEntry {
    const entry: ProvenanceEntry = {
      marker: `${MARKER_PREFIX}${this.entries.length + 1}`,
      paragraphId: run.paragraphId,
      lang: run.lang,
      sourceHash: textHash(run.sourceText),
      exportedHash: textHash(run.text),
      citation,
      sourceText: run.sourceText,
    };
    this.entries.push(entry);
    return entry;
  }
}
