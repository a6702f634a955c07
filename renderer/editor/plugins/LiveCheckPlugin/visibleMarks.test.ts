import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { HighlightKind } from './highlightRanges';
import { startVisibleMarks, type BlockMarks } from './visibleMarks';

/** The IntersectionObserver of the test: what it watches, and a way to say what is in view. */
class FakeObserver {
  static last: FakeObserver;
  readonly watched = new Set<Element>();
  constructor(readonly report: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
    FakeObserver.last = this;
  }
  observe(element: Element) {
    this.watched.add(element);
  }
  unobserve(element: Element) {
    this.watched.delete(element);
  }
  disconnect() {
    this.watched.clear();
  }
  /** As the browser does once laid out: every element watched, in view or not. */
  inView(...elements: Element[]) {
    this.report([...this.watched].map((target) => ({ target, isIntersecting: elements.includes(target) })));
  }
}

const element = (name: string) => ({ name }) as unknown as Element;
const range = (name: string) => ({ name }) as unknown as Range;
const names = (highlight: Highlight) => [...(highlight as unknown as Set<{ name: string }>)].map((item) => item.name).sort();

let highlights: Record<HighlightKind, Highlight>;

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  highlights = { verbatim: new Set(), modified: new Set(), new: new Set() } as unknown as Record<HighlightKind, Highlight>;
});

afterEach(() => vi.unstubAllGlobals());

describe('startVisibleMarks', () => {
  const first = element('first');
  const second = element('second');
  const blocks: BlockMarks[] = [
    { element: first, ranges: [{ kind: 'verbatim', range: range('first-verbatim') }] },
    {
      element: second,
      ranges: [
        { kind: 'verbatim', range: range('second-verbatim') },
        { kind: 'modified', range: range('second-modified') },
      ],
    },
  ];

  test('draws every block at once, then only those the observer finds in or near the view', () => {
    const marks = startVisibleMarks(highlights, null);
    marks.show(blocks);
    expect(names(highlights.verbatim)).toEqual(['first-verbatim', 'second-verbatim']);
    expect(names(highlights.modified)).toEqual(['second-modified']);

    FakeObserver.last.inView(first);
    expect(names(highlights.verbatim)).toEqual(['first-verbatim']);
    expect(names(highlights.modified)).toEqual([]);
  });

  test('a block scrolled into view is drawn, one scrolled away erased', () => {
    const marks = startVisibleMarks(highlights, null);
    marks.show(blocks);
    FakeObserver.last.inView(first);
    FakeObserver.last.inView(second);
    expect(names(highlights.verbatim)).toEqual(['second-verbatim']);
    expect(names(highlights.modified)).toEqual(['second-modified']);
  });

  test('new marks replace the old ones, out of view blocks staying undrawn, and blocks gone are no longer watched', () => {
    const marks = startVisibleMarks(highlights, null);
    marks.show(blocks);
    FakeObserver.last.inView(first);
    marks.show([
      { element: first, ranges: [{ kind: 'new', range: range('first-new') }] },
      { element: second, ranges: [{ kind: 'verbatim', range: range('second-again') }] },
    ]);
    expect(names(highlights.verbatim)).toEqual([]);
    expect(names(highlights.new)).toEqual(['first-new']);

    marks.show([{ element: second, ranges: [{ kind: 'verbatim', range: range('second-again') }] }]);
    expect([...FakeObserver.last.watched]).toEqual([second]);
    expect(names(highlights.new)).toEqual([]);
  });

  test('stopping erases every mark and stops watching', () => {
    const marks = startVisibleMarks(highlights, null);
    marks.show(blocks);
    marks.stop();
    expect(FakeObserver.last.watched.size).toBe(0);
    for (const highlight of Object.values(highlights)) expect(names(highlight)).toEqual([]);
  });
});
