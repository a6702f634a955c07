import type { Page } from '@playwright/test';

export interface LayoutOverflow {
  /** The document itself scrolls (what the panes hold must scroll inside them). */
  documentScrolls: boolean;
  /** Elements drawn, in part or whole, outside the viewport; each as `tag.class "text…" [left top right bottom]`. */
  outside: string[];
}

/**
 * What of the page lies outside the viewport. An element counts by the part of it its clipping
 * ancestors leave visible (the rows a grid scrolls out of view are not drawn, so they do not count);
 * an absolutely positioned element escapes the overflow of ancestors below its containing block,
 * and a fixed one escapes them all, as in the browser.
 */
export function layoutOverflow(page: Page): Promise<LayoutOverflow> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const documentScrolls = root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth;
    const viewportWidth = document.documentElement.clientWidth;
    const viewportHeight = document.documentElement.clientHeight;
    const TOLERANCE = 1;

    type Box = { left: number; top: number; right: number; bottom: number };
    const NONE: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
    const intersect = (a: Box, b: Box): Box => ({ left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) });
    const styles = new Map<Element, CSSStyleDeclaration>();
    const styleOf = (element: Element) => styles.get(element) ?? styles.set(element, getComputedStyle(element)).get(element)!;
    const clips = new Map<Element, Box>();
    /** What clips an element itself: its containing block's clip (an absolute box skips static ancestors, a fixed one all). */
    const clipAround = (element: Element): Box => {
      const position = styleOf(element).position;
      if (position === 'fixed') return NONE;
      let parent = element.parentElement;
      if (position === 'absolute') while (parent && styleOf(parent).position === 'static') parent = parent.parentElement;
      return parent ? clipWithin(parent) : NONE;
    };
    /** What clips the content of an element: its own overflow box, within what clips it. */
    const clipWithin = (element: Element): Box => {
      const known = clips.get(element);
      if (known) return known;
      const style = styleOf(element);
      const rect = element.getBoundingClientRect();
      let clip = clipAround(element);
      if (style.overflowX !== 'visible') clip = intersect(clip, { ...NONE, left: rect.left, right: rect.right });
      if (style.overflowY !== 'visible') clip = intersect(clip, { ...NONE, top: rect.top, bottom: rect.bottom });
      clips.set(element, clip);
      return clip;
    };

    const outside: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || styleOf(element).visibility === 'hidden') continue;
      const { left, top, right, bottom } = intersect(rect, clipAround(element));
      if (right <= left || bottom <= top) continue;
      if (left < -TOLERANCE || top < -TOLERANCE || right > viewportWidth + TOLERANCE || bottom > viewportHeight + TOLERANCE) {
        const name = `${element.tagName.toLowerCase()}${element.classList.length > 0 ? `.${Array.from(element.classList).join('.')}` : ''}`;
        const text = (element.textContent ?? '').trim().slice(0, 40);
        outside.push(`${name} "${text}" [${[left, top, right, bottom].map(Math.round).join(' ')}]`);
      }
    }
    return { documentScrolls, outside };
  });
}
