import { AlignmentType, LevelFormat, type ILevelsOptions, type NumberingDefinition } from 'docx';
import type { Lang } from '../corpus/model';
import type { DraftListItem } from '../draft/model';
import { INDENT } from './docxStyles';
import type { SectionParagraph } from './draftParagraphs';

/** Where a list item sits among Word's lists: `list` names a numbered list (bullets all share one). */
export interface ListPlacement {
  kind: DraftListItem['kind'];
  level: number;
  list: number;
}

/** Word has nine list levels; deeper items stay at the ninth. */
const MAX_LEVEL = 8;

/**
 * Gives each list item its place in Word's lists, in document order (null for other paragraphs).
 * A numbered list starts from "a" wherever the draft starts one: after a paragraph outside lists,
 * under a new parent item, after items of another kind at its level. Each numbered list gets a
 * list definition of its own, since LibreOffice numbers on through instances of a shared one.
 */
export function placeListItems(items: readonly SectionParagraph[]): (ListPlacement | null)[] {
  let lists = 0;
  // The numbered list open at each level, or null where the item at that level is a bullet.
  let open: (number | null)[] = [];
  let previousSection: SectionParagraph['section'] | null = null;
  return items.map(({ section, paragraph }) => {
    const item = paragraph.list;
    if (!item || section !== previousSection) open = [];
    previousSection = section;
    if (!item) return null;
    const level = Math.max(0, Math.min(MAX_LEVEL, Math.trunc(item.level) || 0));
    open = open.slice(0, level + 1);
    if (item.kind === 'bullet') {
      open[level] = null;
      return { kind: 'bullet', level, list: 0 };
    }
    const current = open[level];
    const list = typeof current === 'number' ? current : ++lists;
    open[level] = list;
    return { kind: 'number', level, list };
  });
}

const BULLETS = ['•', '◦', '▪'];
const NUMBER_FORMATS = [LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN, LevelFormat.DECIMAL];

function levels(kind: ListPlacement['kind'], lang: Lang): ILevelsOptions[] {
  return Array.from({ length: MAX_LEVEL + 1 }, (_, level) => ({
    level,
    // Sub-items are labelled "a)" in French documents and "(a)" in English ones.
    ...(kind === 'bullet'
      ? { format: LevelFormat.BULLET, text: BULLETS[level % BULLETS.length] ?? '•' }
      : { format: NUMBER_FORMATS[level % NUMBER_FORMATS.length] ?? LevelFormat.LOWER_LETTER, text: lang === 'fr' ? `%${level + 1})` : `(%${level + 1})` }),
    alignment: AlignmentType.LEFT,
    // One indent further than the operative paragraphs' text, which starts one indent in.
    style: { paragraph: { indent: { left: INDENT * (level + 2), hanging: INDENT } } },
  }));
}

/** The paragraph's `numbering`: a list definition of its own per numbered list and language (the bilingual table's columns count apart). */
export function listNumbering(placement: ListPlacement, lang: Lang): { reference: NumberingDefinition; level: number; custom: true } {
  const reference = placement.kind === 'bullet' ? `draft-bullets-${lang}` : `draft-list-${placement.list}-${lang}`;
  return { reference: { reference, levels: levels(placement.kind, lang) }, level: placement.level, custom: true };
}
