import { CITATION_LIKE } from '../citation/parseCitation';
import type { WordParagraph } from '../docx/model';
import type { FoundCitation } from './model';

/**
 * Parenthesised passages of a text, nesting respected; a list marker closing inside them ("(par. 9
 * c))") takes the next parenthesis as the passage's own.
 */
function parenthesised(text: string): { start: number; end: number; inner: string }[] {
  const found: { start: number; end: number; inner: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '(') continue;
    let depth = 0;
    let j = i;
    for (; j < text.length; j++) {
      if (text[j] === '(') depth += 1;
      else if (text[j] === ')') depth -= 1;
      if (depth === 0) break;
    }
    if (j >= text.length) break;
    // "(… par. 9 c))": the marker's parenthesis closed the passage one too early.
    if (text[j + 1] === ')' && /\b[a-z]{1,4}$/.test(text.slice(i, j))) j += 1;
    found.push({ start: i, end: j + 1, inner: text.slice(i + 1, j) });
    i = j;
  }
  return found;
}

/**
 * The citations of a paragraph, and its text without the ones typed in parentheses (they are not
 * part of the wording compared with precedents). A note counts when it reads like a citation.
 */
export function findCitations(paragraph: Pick<WordParagraph, 'text' | 'notes'>): { citations: FoundCitation[]; wording: string } {
  const citations: FoundCitation[] = [];
  let wording = '';
  let from = 0;
  for (const passage of parenthesised(paragraph.text)) {
    if (!CITATION_LIKE.test(passage.inner)) continue;
    citations.push({ where: 'parentheses', text: passage.inner.trim() });
    wording += paragraph.text.slice(from, passage.start).replace(/\s+$/, '');
    from = passage.end;
  }
  wording += paragraph.text.slice(from);
  for (const note of paragraph.notes) {
    if (CITATION_LIKE.test(note.text)) citations.push({ where: note.kind, text: note.text.trim().replace(/\.$/, '') });
  }
  return { citations, wording: wording.replace(/\s+([.;,:])$/, '$1') };
}
