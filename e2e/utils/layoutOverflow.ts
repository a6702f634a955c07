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

    const visiblePart = (element: Element) => {
      const rect = element.getBoundingClientRect();
      let { left, top, right, bottom } = rect;
      let position = getComputedStyle(element).position;
      for (let parent = element.parentElement; parent && position !== 'fixed'; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        // An absolute box is clipped only from its containing block (the nearest positioned ancestor) up.
        if (position === 'absolute' && style.position === 'static') continue;
        const bounds = parent.getBoundingClientRect();
        if (style.overflowX !== 'visible') [left, right] = [Math.max(left, bounds.left), Math.min(right, bounds.right)];
        if (style.overflowY !== 'visible') [top, bottom] = [Math.max(top, bounds.top), Math.min(bottom, bounds.bottom)];
        position = style.position;
      }
      return { left, top, right, bottom };
    };

    const outside: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || getComputedStyle(element).visibility === 'hidden') continue;
      const { left, top, right, bottom } = visiblePart(element);
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
