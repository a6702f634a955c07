import { Paragraph, type ParagraphChild } from 'docx';
import { STYLE } from './docxStyles';

/** Numbers footnotes in the order they are created; Word shows them by position anyway. */
export class FootnoteCollector {
  private readonly notes: Record<number, { children: Paragraph[] }> = {};
  private count = 0;

  add(children: ParagraphChild[]): number {
    this.count += 1;
    this.notes[this.count] = { children: [new Paragraph({ style: STYLE.footnoteText, children })] };
    return this.count;
  }

  get footnotes(): Record<number, { children: Paragraph[] }> {
    return this.notes;
  }
}
