import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { indexCorpus, type CorpusIndex } from '../shared/corpus/corpusIndex';
import { readWordDocument } from '../shared/docx/readWordDocument';
import { buildSampleWordDocument, SAMPLE_PARAGRAPHS } from '../shared/docx/testing/sampleWordDocument';
import { CheckPanel } from './page-models/CheckPanel';
import { PrecedentDesk } from './page-models/PrecedentDesk';
import { WordCheck } from './page-models/WordCheck';
import { expect, test } from './utils/fixtures';
import { seriousViolations } from './utils/seriousViolations';

// axe is the test's script, not the app's.
test.use({ locale: 'fr-FR', bypassCSP: true });

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
let index: CorpusIndex;
let sample: Buffer;

test.beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
  sample = Buffer.from(await buildSampleWordDocument(index));
});

test.describe('checking a Word document', () => {
  test('verdicts, citation checks and tracked changes on screen, then a copy with a comment on each paragraph', async ({ page }) => {
    // A whole document checked, scanned by axe and saved: more than one step's default 30 s on a busy machine.
    test.setTimeout(60_000);
    const desk = new PrecedentDesk(page);
    await desk.openFresh();
    const check = new CheckPanel(page);
    await check.open();
    const word = new WordCheck(page, check.panel);
    await word.check({ name: 'proposition.docx', mimeType: DOCX, buffer: sample });

    await expect(word.region.getByRole('heading', { name: 'Document Word\u00a0: proposition.docx' })).toBeVisible();
    const paragraph = (position: number) => word.paragraph(position + 1);
    await expect(check.verdict(paragraph(SAMPLE_PARAGRAPHS.cited))).toHaveAttribute('data-verdict', 'verbatim');
    await expect(paragraph(SAMPLE_PARAGRAPHS.cited).locator('[data-finding]')).toHaveAttribute('data-finding', 'correct');
    await expect(paragraph(SAMPLE_PARAGRAPHS.wrongCitation).locator('[data-finding="other-paragraph"]')).toContainText('mais le texte cité est celui de CTOC/COP/WG.7/2012/6, par.\u00a026');
    await expect(paragraph(SAMPLE_PARAGRAPHS.uncited).locator('[data-finding="missing"]')).toContainText('citer CTOC/COP/WG.7/2012/6, par.\u00a028');
    await expect(paragraph(SAMPLE_PARAGRAPHS.nonexistent).locator('[data-finding="nonexistent-paragraph"]')).toContainText('par. 99');
    const tracked = paragraph(SAMPLE_PARAGRAPHS.trackedChange);
    await expect(check.verdict(tracked)).toHaveAttribute('data-verdict', 'modified');
    await expect(tracked.locator('.word-check__tracked')).toHaveText(
      'Modifications suivies de Délégation du Mexique\u00a0: avant elles, Libellé convenu tel quel\u00a0; après elles, Libellé convenu modifié.',
    );

    expect(await seriousViolations(page)).toEqual([]);

    const { name, bytes } = await word.saveAnnotated();
    expect(name).toBe('proposition (vérifié).docx');
    const annotated = await readWordDocument(bytes, name);
    const ours = new Set(annotated.comments.filter((comment) => comment.author === 'Precedent Desk').map((comment) => comment.id));
    const commented = annotated.paragraphs.filter((each) => each.commentIds.some((id) => ours.has(id))).map((each) => each.position);
    expect(commented).toEqual(Object.values(SAMPLE_PARAGRAPHS));
    const on = (position: number) => annotated.comments.find((comment) => ours.has(comment.id) && annotated.paragraphs[position]?.commentIds.includes(comment.id))?.text;
    expect(on(SAMPLE_PARAGRAPHS.wrongCitation)).toContain('Citation erronée');
    expect(annotated.paragraphs.map((each) => each.text)).toEqual((await readWordDocument(sample, 'proposition.docx')).paragraphs.map((each) => each.text));
  });

  test('a file that is not a Word document gets a clear message', async ({ page }) => {
    const desk = new PrecedentDesk(page);
    await desk.openFresh();
    const check = new CheckPanel(page);
    await check.open();
    const word = new WordCheck(page, check.panel);
    await word.check({ name: 'faux.docx', mimeType: DOCX, buffer: Buffer.from('pas un document Word') });
    await expect(word.status).toContainText('faux.docx');
    await expect(word.saveButton).toBeHidden();
  });
});
