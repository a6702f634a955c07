import { useTranslation } from 'react-i18next';
import type { WordParagraphCheck } from '../../../shared/wordCheck/model';
import { ParagraphResult } from '../ParagraphResult';
import { CitationFindings } from './CitationFindings';

/** One paragraph of the Word document: the check of its text, its citations, and its state before tracked changes. */
export function WordParagraphResult({ paragraph }: { paragraph: WordParagraphCheck }) {
  const { t } = useTranslation('check');
  const label = paragraph.part
    ? t('word.paragraphIn', { position: paragraph.position + 1, part: t(`word.part.${paragraph.part}`) })
    : t('word.paragraph', { position: paragraph.position + 1 });
  const authors = [...new Set(paragraph.changes.map((change) => change.author ?? t('word.unknownAuthor')))].join(', ');
  return (
    <section className="word-check__paragraph" aria-label={label}>
      <ParagraphResult item={{ id: `word-${paragraph.position}`, check: paragraph.check, blockKey: null, place: null }} label={label} />
      <CitationFindings findings={paragraph.findings} lang={paragraph.check.lang} />
      {paragraph.before && (
        <p className="word-check__tracked" data-before={paragraph.before.verdict}>
          {t('word.tracked', { authors, before: t(`verdict.${paragraph.before.verdict}`), after: t(`verdict.${paragraph.check.verdict}`) })}
        </p>
      )}
    </section>
  );
}
