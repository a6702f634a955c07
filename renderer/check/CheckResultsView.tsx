import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { verdictCounts } from '../../shared/export/draftCheckReport';
import type { CheckResults } from './CheckContext';
import { itemLabel } from './checkLabels';
import { DraftReport } from './DraftReport';
import { ParagraphResult } from './ParagraphResult';

export function CheckResultsView({ results, headingRef }: { results: CheckResults; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useTranslation('check');
  const counts = verdictCounts(results.items);
  const count = results.items.length;
  return (
    <section className="check-results" aria-labelledby="check-results-heading">
      <h3 id="check-results-heading" tabIndex={-1} ref={headingRef}>
        {t(`results.heading.${results.source}`)}
      </h3>
      {count > 0 && (
        <p className="check-results__summary">
          {t('results.summary', { count, verbatim: counts.verbatim, modified: counts.modified, new: counts.new, none: counts['no-precedents-in-language'] })}
        </p>
      )}
      {results.source === 'draft' && count > 0 && <DraftReport items={results.items} />}
      {results.items.map((item) =>
        results.source === 'draft' ? (
          <details key={item.id} className="check-results__details" id={`check-${item.id}`}>
            <summary>{t('results.details', { label: itemLabel(t, item, count) })}</summary>
            <ParagraphResult item={item} label={itemLabel(t, item, count)} />
          </details>
        ) : (
          <ParagraphResult key={item.id} item={item} label={itemLabel(t, item, count)} />
        ),
      )}
    </section>
  );
}
