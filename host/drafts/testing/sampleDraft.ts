import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DRAFT_FORMAT, DRAFT_FORMAT_VERSION } from '../../../shared/draft/model';
import type { DraftFile, DraftParagraph } from '../../../shared/draft/model';

/** A recommendation of report CTOC/COP/WG.7/2012/6 as its source prints it. */
export interface SampleParagraph {
  id: string;
  text: string;
}

export const SAMPLE_DRAFT_ID = 'sample-draft';
const REPORT = 'CTOC/COP/WG.7/2012/6';
const REPORT_FILE = new URL('../../../data/sources/001_a35d42232cb30cfc.txt', import.meta.url);

/**
 * The recommendations (paragraphs 4 to 58) of the 2012 report, read with a rough line scan that is
 * enough for realistic draft content; the corpus parser is what the app uses.
 */
export function readSampleParagraphs(): SampleParagraph[] {
  const paragraphs: SampleParagraph[] = [];
  let current: { number: number; lines: string[] } | null = null;
  let lastNumber = 0;
  const flush = () => {
    // Numbered lists further on (annex, footnotes) restart at 1: keep the report's own rising numbers.
    if (current && current.number >= 4 && current.number <= 58 && current.number > lastNumber) {
      paragraphs.push({ id: `${REPORT}#${current.number}`, text: current.lines.join(' ').replace(/\s+/g, ' ').trim() });
      lastNumber = current.number;
    }
    current = null;
  };
  for (const line of readFileSync(fileURLToPath(REPORT_FILE), 'utf8').split('\n')) {
    const start = /^\s*(\d+)\.\s+(.*)$/.exec(line);
    if (start) {
      flush();
      current = { number: Number(start[1]), lines: [start[2] ?? ''] };
    } else if (line.trim() === '') {
      flush();
    } else {
      current?.lines.push(line);
    }
  }
  flush();
  return paragraphs;
}

/**
 * A draft of `operativeCount` operative paragraphs, every other one agreed language followed by its
 * citation and the rest typed text of about 60 words, with a Lexical-like editor state of the same
 * content, as its file holds it once saved as `revision`. `revision` is also in the title, the date
 * and the first paragraph, so every revision differs.
 */
export function buildSampleDraft(sources: SampleParagraph[], revision: number, operativeCount = 200): DraftFile {
  const operative: DraftParagraph[] = [];
  for (let index = 0; index < operativeCount; index++) {
    const source = sources[index % sources.length];
    const next = sources[(index + 1) % sources.length];
    if (!source || !next) throw new Error('No sample paragraphs were read.');
    if (index % 2 === 0) {
      operative.push({
        style: 'body',
        runs: [
          { type: 'precedent', paragraphId: source.id, lang: 'fr', text: source.text, sourceText: source.text },
          { type: 'citation', paragraphId: source.id },
        ],
      });
    } else {
      const words = `${source.text} ${next.text}`.split(' ').slice(0, 60).join(' ');
      const text = index === 1 ? `Révision ${revision}. ${words}` : words;
      operative.push({ style: 'body', runs: [{ type: 'text', text }] });
    }
  }
  const preamble: DraftParagraph[] = [
    { style: 'body', runs: [{ type: 'text', text: 'Rappelant le Protocole contre le trafic illicite de migrants par terre, air et mer,' }] },
    { style: 'body', runs: [{ type: 'text', text: 'Constatant avec préoccupation ', italic: true }, { type: 'text', text: 'la persistance du trafic illicite de migrants,' }] },
  ];
  const at = new Date(Date.UTC(2026, 10, 3, 9) + revision * 1000).toISOString();
  return {
    format: DRAFT_FORMAT,
    version: DRAFT_FORMAT_VERSION,
    revision,
    id: SAMPLE_DRAFT_ID,
    title: `Projet de recommandations, révision ${revision}`,
    lang: 'fr',
    citationStyle: 'inline',
    createdAt: new Date(Date.UTC(2026, 10, 3, 9)).toISOString(),
    updatedAt: at,
    editorState: lexicalLikeState(preamble, operative),
    content: { preamble, operative },
    rounds: [],
  };
}

/** The save that makes `draft` the file: based on the revision before it. */
export function saveOf(draft: DraftFile): DraftFile {
  return { ...draft, revision: draft.revision - 1 };
}

export function revisionOf(draft: DraftFile): number {
  return Number(/révision (\d+)$/.exec(draft.title)?.[1] ?? Number.NaN);
}

/** The shape of Lexical's serialised state (root, paragraphs, a numbered list, text and custom nodes). */
function lexicalLikeState(preamble: DraftParagraph[], operative: DraftParagraph[]): unknown {
  const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
    children,
    direction: 'ltr',
    format: '',
    indent: 0,
    type,
    version: 1,
    ...extra,
  });
  const inline = (paragraph: DraftParagraph) =>
    paragraph.runs.map((run) => {
      const text = (value: string, format = 0) => ({ detail: 0, format, mode: 'normal', style: '', text: value, type: 'text', version: 1 });
      switch (run.type) {
        case 'text':
          return text(run.text, (run.bold ? 1 : 0) | (run.italic ? 2 : 0));
        case 'precedent':
          return element('precedent', [text(run.text)], { paragraphId: run.paragraphId, lang: run.lang, sourceText: run.sourceText });
        case 'citation':
          return { type: 'citation', paragraphId: run.paragraphId, version: 1 };
      }
    });
  return {
    root: element('root', [
      ...preamble.map((paragraph) => element('paragraph', inline(paragraph), { textFormat: 0, textStyle: '' })),
      element(
        'list',
        operative.map((paragraph, index) => element('listitem', inline(paragraph), { value: index + 1 })),
        { listType: 'number', start: 1, tag: 'ol' },
      ),
    ]),
  };
}
