import { useTranslation } from 'react-i18next';
import type { WordDiffPart } from '../../shared/check/model';
import type { Lang } from '../../shared/corpus/model';
import { comparisonSegments } from '../../shared/export/comparisonSegments';

/**
 * The checked paragraph against a precedent, word by word: deleted words struck through, added
 * words underlined, a replacement as both. Each change is announced as such ("deleted", "added")
 * through CSS-generated text, so screen readers say it and copied text does not carry it.
 */
export function WordDiff({ text, parts, lang, citation }: { text: string; parts: readonly WordDiffPart[]; lang: Lang; citation: string }) {
  const { t } = useTranslation('check');
  const removed = t('diff.removed');
  const added = t('diff.added');
  return (
    <figure className="word-diff">
      <figcaption className="word-diff__caption">{t('diff.caption', { citation })}</figcaption>
      <p className="word-diff__text" lang={lang}>
        {comparisonSegments(text, parts).map((segment, i) => {
          switch (segment.kind) {
            case 'same':
              return <span key={i}>{segment.text}</span>;
            case 'added':
              return (
                <ins key={i} data-label={added}>
                  {segment.added}
                </ins>
              );
            case 'removed':
              return (
                <del key={i} data-label={removed}>
                  {segment.removed}
                </del>
              );
            case 'replaced':
              return (
                <span key={i} className="word-diff__replaced">
                  <del data-label={removed}>{segment.removed}</del> <ins data-label={added}>{segment.added}</ins>
                </span>
              );
          }
        })}
      </p>
    </figure>
  );
}
