import { PRECEDENT_DRAG_MIME } from '../renderer/app/draftBridge';
import { $projectDraftContent } from '../renderer/editor/projectDraftContent';
import { launchChromium } from './support/launchChromium';
import { formatFigures } from './support/percentiles';
import { precedentDraft } from './support/precedentDraft';
import { withWebMode } from './support/webModeProcess';

const DRAFT_PARAGRAPHS = 200;
const DROPS = 20;

/**
 * The draft's side of the figures of the draft issue: what each autosave costs the window for a
 * 200-paragraph draft (the store's own write is in drafts.bench), and the time from a drop of a
 * precedent row to its citation on screen, in Debian's Chromium against the web mode.
 */
export default async function benchDrop(): Promise<void> {
  await benchAutosaveBuild();
  await benchDropToCitation();
}

async function benchAutosaveBuild(): Promise<void> {
  const editor = await precedentDraft(DRAFT_PARAGRAPHS);
  const times = Array.from({ length: 30 }, () => {
    const start = performance.now();
    const state = editor.getEditorState();
    JSON.stringify({ editorState: state.toJSON(), content: state.read($projectDraftContent) });
    return performance.now() - start;
  });
  console.log(`autosave, building the file of a ${DRAFT_PARAGRAPHS}-paragraph draft (editor state + content): ${formatFigures(times, { digits: 1 })}`);
}

async function benchDropToCitation(): Promise<void> {
  await withWebMode('drop', async (web) => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(web.appUrl);
      const editor = page.locator('.draft-editor__input');
      await editor.waitFor({ timeout: 30_000 });
      const times: number[] = [];
      for (let drop = 0; drop <= DROPS; drop++) {
        // The drop lands at the end of the draft, as after dragging a row from the table.
        const elapsed = await page.evaluate(
          ({ mime, id }) =>
            new Promise<number>((resolve) => {
              const target = document.querySelector('.draft-editor__input') as HTMLElement;
              const before = target.querySelectorAll('.draft-citation__text').length;
              const box = target.getBoundingClientRect();
              const dataTransfer = new DataTransfer();
              dataTransfer.setData(mime, JSON.stringify([id]));
              const at = { clientX: box.left + box.width / 2, clientY: box.bottom - 4, bubbles: true, cancelable: true, dataTransfer };
              const start = performance.now();
              const observer = new MutationObserver(() => {
                if (target.querySelectorAll('.draft-citation__text').length > before) {
                  observer.disconnect();
                  requestAnimationFrame(() => resolve(performance.now() - start));
                }
              });
              observer.observe(target, { childList: true, subtree: true, characterData: true });
              target.dispatchEvent(new DragEvent('dragover', at));
              target.dispatchEvent(new DragEvent('drop', at));
            }),
          { mime: PRECEDENT_DRAG_MIME, id: 'CTOC/COP/WG.7/2012/6#25' },
        );
        // The first drop also loads the editor's code paths: not counted.
        if (drop > 0) times.push(elapsed);
      }
      console.log(`drop of a precedent row to its citation on screen: ${formatFigures(times, { digits: 1 })} over ${DROPS} drops`);
    } finally {
      await browser.close();
    }
  });
}
