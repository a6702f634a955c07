import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParagraphCheck } from '../../shared/check/model';
import { useParagraphs } from '../app/corpus/ParagraphsContext';
import { useCitation } from './useCitation';

/** Distinct underline styles and tints for the sources of one paragraph; more sources reuse them, their numbers still tell them apart. */
const SOURCE_STYLES = 6;

/**
 * The paragraph with each run of words marked with the precedent it comes from: a number before
 * the run (read out as "source 1"), an underline style and a tint per source, and a legend. A
 * paragraph stitched from two precedents thus shows which words come from which.
 */
export function AttributedText({ check }: { check: ParagraphCheck }) {
  const { t } = useTranslation('check');
  const sources = [...new Set(check.spans.flatMap((span) => (span.source ? [span.source.paragraphId] : [])))];
  const index = useParagraphs(sources);
  const cite = useCitation();
  const hasOwnWording = check.spans.some((span) => span.source === null);
  const styleOf = (position: number) => `attributed__span--${position % SOURCE_STYLES}`;

  const pieces: ReactNode[] = [];
  let at = 0;
  for (const span of check.spans) {
    if (span.start > at) pieces.push(check.text.slice(at, span.start));
    const words = check.text.slice(span.start, span.end);
    const position = span.source ? sources.indexOf(span.source.paragraphId) : -1;
    pieces.push(
      span.source ? (
        <span key={span.start} className={`attributed__span ${styleOf(position)}`} data-source={span.source.paragraphId}>
          <sup className="attributed__mark" data-label={t('attribution.source')}>
            {position + 1}
          </sup>
          {words}
        </span>
      ) : (
        <span key={span.start} className="attributed__span attributed__span--own" data-source="">
          {words}
        </span>
      ),
    );
    at = span.end;
  }
  pieces.push(check.text.slice(at));

  return (
    <figure className="attributed">
      <figcaption className="attributed__caption">{t('attribution.caption')}</figcaption>
      <p className="attributed__text" lang={check.lang}>
        {pieces}
      </p>
      {(sources.length > 0 || hasOwnWording) && (
        <ul className="attributed__legend" aria-label={t('attribution.legend')}>
          {sources.map((id, position) => (
            <li key={id}>
              <span className={`attributed__key ${styleOf(position)}`}>{position + 1}</span> <span lang={check.lang}>{cite(id, check.lang)}</span>
              {index.paragraphs.get(id)?.compendiumRef && <span className="check-ref"> {index.paragraphs.get(id)?.compendiumRef}</span>}
            </li>
          ))}
          {hasOwnWording && (
            <li>
              <span className="attributed__key attributed__span--own">{t('attribution.ownKey')}</span> {t('attribution.own')}
            </li>
          )}
        </ul>
      )}
    </figure>
  );
}
