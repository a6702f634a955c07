import type { DraftListItem } from '../draft/model';
import { walkWordXml } from '../docx/wordXml';

export type ListKindOf = (numId: string | null, level: number) => DraftListItem['kind'];

/**
 * Whether Word bullets or numbers a list, from word/numbering.xml: a paragraph's list (`w:numId`)
 * points to an abstract numbering, whose level gives the format (`w:numFmt`: "bullet", "decimal",
 * "lowerLetter"...). A list whose numbering cannot be found is taken as bulleted.
 */
export function readListKinds(numberingXml: string | null): ListKindOf {
  const abstractOf = new Map<string, string>();
  const formats = new Map<string, string>();
  let abstractId: string | null = null;
  let level: string | null = null;
  let numId: string | null = null;
  if (numberingXml) {
    walkWordXml(numberingXml, {
      open(element) {
        if (element.word === 'abstractNum') abstractId = element.attribute('abstractNumId');
        else if (element.word === 'lvl') level = element.attribute('ilvl');
        else if (element.word === 'numFmt' && abstractId !== null && level !== null) formats.set(`${abstractId}/${level}`, element.attribute('val') ?? '');
        else if (element.word === 'num') numId = element.attribute('numId');
        else if (element.word === 'abstractNumId' && numId !== null) abstractOf.set(numId, element.attribute('val') ?? '');
      },
      close(element) {
        if (element.word === 'abstractNum') abstractId = null;
        else if (element.word === 'lvl') level = null;
        else if (element.word === 'num') numId = null;
      },
      text() {},
    });
  }
  return (id, listLevel) => {
    const format = id === null ? undefined : formats.get(`${abstractOf.get(id)}/${listLevel}`);
    return format === undefined || format === 'bullet' || format === 'none' ? 'bullet' : 'number';
  };
}
