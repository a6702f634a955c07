import type { Lang } from '../corpus/model';

/**
 * What a content control around an exported precedent says of it, in its `w:tag`:
 * `pd1 fr 1a2b3c4d 5e6f7a8b CTOC/COP/WG.7/2012/6#25` — the tag's version, the language of the
 * version quoted, the hash of the source text, the hash of the text as exported, the paragraph id
 * (last, as the one field that could ever hold a space). Word keeps tags through edits and saves.
 */
export interface ProvenanceTag {
  paragraphId: string;
  lang: Lang;
  sourceHash: string;
  exportedHash: string;
}

const PREFIX = 'pd1';
const TAG = /^pd1 (fr|en) ([0-9a-f]{8}) ([0-9a-f]{8}) (.+)$/;

export function formatProvenanceTag(tag: ProvenanceTag): string {
  return `${PREFIX} ${tag.lang} ${tag.sourceHash} ${tag.exportedHash} ${tag.paragraphId}`;
}

/** null for a tag another program (or a person) wrote: that control is not ours. */
export function parseProvenanceTag(value: string): ProvenanceTag | null {
  const match = TAG.exec(value);
  if (!match) return null;
  return { lang: match[1] as Lang, sourceHash: match[2]!, exportedHash: match[3]!, paragraphId: match[4]! };
}

/** Text as Word gives it back: spacing and Unicode composition may differ, the words not. */
export function comparableText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * FNV-1a (32 bits) of the comparable text, in hex. It tells an edit from none, not a forger from
 * an author: a delegate who wants to pass off changed text can edit the tag too.
 */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of comparableText(text)) {
    const code = char.codePointAt(0)!;
    hash ^= code;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
