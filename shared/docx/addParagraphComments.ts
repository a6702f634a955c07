import JSZip from 'jszip';
import { readBody } from './readBody';
import { readNotePart } from './readNotePart';
import { DOCUMENT_PART } from './readWordDocument';

const WORDML = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const COMMENTS_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const RELATIONSHIPS_PART = 'word/_rels/document.xml.rels';

export interface ParagraphComment {
  /** WordParagraph.position of the paragraph the comment is anchored on. */
  position: number;
  /** One Word paragraph per line. */
  lines: string[];
}

export interface CommentAuthor {
  author: string;
  initials: string;
  /** ISO date written on each comment. */
  date: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The prefix a part binds WordprocessingML to ("w" in what Word writes); '' for a default namespace. */
function wordPrefix(xml: string): string {
  const bound = new RegExp(`xmlns(?::([\\w.-]+))?="${WORDML.replace(/[./]/g, '\\$&')}"`).exec(xml);
  if (!bound) throw new Error('the document part does not declare the WordprocessingML namespace');
  return bound[1] ? `${bound[1]}:` : '';
}

function commentXml(w: string, id: number, comment: ParagraphComment, author: CommentAuthor): string {
  const paragraphs = comment.lines
    .map((line) => `<${w}p><${w}r><${w}t xml:space="preserve">${escapeXml(line)}</${w}t></${w}r></${w}p>`)
    .join('');
  return `<${w}comment ${w}id="${id}" ${w}author="${escapeXml(author.author)}" ${w}initials="${escapeXml(author.initials)}" ${w}date="${author.date}">${paragraphs}</${w}comment>`;
}

/** Where the comments part is, from the document's relationships; added with its content type when absent. */
async function commentsPart(zip: JSZip): Promise<{ name: string; xml: string | null }> {
  const relationships = (await zip.file(RELATIONSHIPS_PART)?.async('string')) ?? null;
  const target = relationships ? new RegExp(`<Relationship\\b[^>]*Type="${COMMENTS_RELATIONSHIP}"[^>]*>`).exec(relationships)?.[0] : undefined;
  const targetName = target ? /Target="([^"]+)"/.exec(target)?.[1] : undefined;
  if (targetName) {
    const name = targetName.startsWith('/') ? targetName.slice(1) : `word/${targetName}`;
    return { name, xml: (await zip.file(name)?.async('string')) ?? null };
  }
  const base = relationships ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const ids = [...base.matchAll(/Id="rId(\d+)"/g)].map((match) => Number(match[1]));
  const rel = `<Relationship Id="rId${Math.max(0, ...ids) + 1}" Type="${COMMENTS_RELATIONSHIP}" Target="comments.xml"/>`;
  zip.file(RELATIONSHIPS_PART, base.replace('</Relationships>', `${rel}</Relationships>`));
  const types = await zip.file('[Content_Types].xml')?.async('string');
  if (types && !types.includes('PartName="/word/comments.xml"')) {
    zip.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/word/comments.xml" ContentType="${COMMENTS_CONTENT_TYPE}"/></Types>`));
  }
  return { name: 'word/comments.xml', xml: null };
}

/**
 * A copy of the .docx with one Word comment per listed paragraph, anchored on the whole
 * paragraph. Only comment marks are inserted (after the paragraph's properties, and before its
 * end): the text, its runs and everything else are left byte for byte as they were. Comments the
 * document already has are kept.
 */
export async function addParagraphComments(bytes: Uint8Array, comments: readonly ParagraphComment[], author: CommentAuthor): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const body = await zip.file(DOCUMENT_PART)?.async('string');
  if (body === undefined) throw new Error(`not a Word document: no ${DOCUMENT_PART}`);
  const w = wordPrefix(body);
  const part = await commentsPart(zip);
  const existing = part.xml ? readNotePart(part.xml, 'comment').map((comment) => Number(comment.id)).filter(Number.isFinite) : [];
  let nextId = Math.max(-1, ...existing) + 1;
  const cw = part.xml ? wordPrefix(part.xml) : w;

  const paragraphs = readBody(body);
  const inserts: { at: number; text: string }[] = [];
  const entries: string[] = [];
  for (const comment of comments) {
    const paragraph = paragraphs[comment.position];
    if (!paragraph || paragraph.contentStart === null || paragraph.end === null || comment.lines.length === 0) continue;
    const id = nextId++;
    inserts.push({ at: paragraph.contentStart, text: `<${w}commentRangeStart ${w}id="${id}"/>` });
    inserts.push({ at: paragraph.end, text: `<${w}commentRangeEnd ${w}id="${id}"/><${w}r><${w}commentReference ${w}id="${id}"/></${w}r>` });
    entries.push(commentXml(cw, id, comment, author));
  }
  // From the end, so earlier offsets stay valid.
  inserts.sort((a, b) => b.at - a.at);
  let annotated = body;
  for (const insert of inserts) annotated = annotated.slice(0, insert.at) + insert.text + annotated.slice(insert.at);
  zip.file(DOCUMENT_PART, annotated);

  if (part.xml) {
    const added = entries.join('');
    const closing = part.xml.lastIndexOf(`</${cw}comments>`);
    zip.file(part.name, closing < 0 ? part.xml.replace(/<([\w.-]+:)?comments([^>]*)\/>/, `<$1comments$2>${added}</$1comments>`) : part.xml.slice(0, closing) + added + part.xml.slice(closing));
  } else {
    zip.file(part.name, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${w}comments xmlns${w ? `:${w.slice(0, -1)}` : ''}="${WORDML}">${entries.join('')}</${w}comments>`);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
