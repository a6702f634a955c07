import { $createTextNode, $getRoot, $isElementNode, $isTextNode } from 'lexical';
import { $normalizeCitationUnits } from '../renderer/editor/citationUnits';
import { againstGoal } from './support/goals';
import { formatFigures, summarize } from './support/percentiles';
import { precedentDraft } from './support/precedentDraft';

const DRAFT_PARAGRAPHS = 200;
const KEYSTROKES = 200;

/**
 * What the citation rule costs each edit: it walks the whole draft at the end of every update
 * that changed something. Measured on a 200-paragraph draft of agreed language with typed words
 * after each citation: the rule's own pass, and a whole keystroke's update (the rule included).
 */
export default async function benchCitationRule(): Promise<void> {
  const editor = await precedentDraft(DRAFT_PARAGRAPHS);
  editor.update(() => {
    for (const section of $getRoot().getChildren()) {
      if ($isElementNode(section)) for (const block of section.getChildren()) if ($isElementNode(block)) block.append($createTextNode(' Texte ajouté.'));
    }
  }, { discrete: true });

  const pass: number[] = [];
  const keystroke: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    editor.update(() => {
      const start = performance.now();
      $normalizeCitationUnits();
      pass.push(performance.now() - start);
    }, { discrete: true });
    const start = performance.now();
    editor.update(() => {
      const operative = $getRoot().getLastChild();
      const block = $isElementNode(operative) ? operative.getChildAtIndex(i % DRAFT_PARAGRAPHS) : null;
      const typed = $isElementNode(block) ? block.getLastChild() : null;
      if ($isTextNode(typed)) typed.setTextContent(`${typed.getTextContent()}x`);
    }, { discrete: true });
    keystroke.push(performance.now() - start);
  }
  console.log(`citation rule pass, ${DRAFT_PARAGRAPHS}-paragraph draft: ${formatFigures(pass, { show: ['median', 'p95', 'max'] })}`);
  // A keystroke's update must leave most of a frame (16 ms) to the browser.
  const goal = againstGoal('keystroke update with the citation rule, p95', summarize(keystroke).p95, 8);
  console.log(`one keystroke's update with the rule, ${DRAFT_PARAGRAPHS}-paragraph draft: ${formatFigures(keystroke, { show: ['median', 'p95', 'max'] })} (p95 ${goal})`);
}
