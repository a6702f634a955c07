import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../app/corpus/CatalogContext';
import { useFormatters } from '../../i18n/useFormatters';
import { useInterfaceLang } from '../../i18n/useInterfaceLang';
import { shownText } from '../model/shownText';
import { numberRanges } from './numberRanges';
import '../../styles/coverage.css';

/**
 * What the library holds and what it knows it lacks, so nobody takes an absence for "no precedent".
 * Memoised: it changes with the catalog, not with each key typed in the search above it. Its panel
 * is made the first time it opens: writing its period loads the locale's date data (23–33 ms in a
 * fresh page here), which the window's first render spent on a panel that starts closed.
 */
export const LibraryCoverage = memo(function LibraryCoverage() {
  const { t } = useTranslation('precedents');
  const format = useFormatters();
  const { coverage } = useCatalog().catalog;
  const [opened, setOpened] = useState(false);
  const years = coverage.years.first === coverage.years.last ? String(coverage.years.first) : `${coverage.years.first}–${coverage.years.last}`;
  return (
    // A click on the summary makes the panel in the same task that opens it; the toggle event
    // (which comes later) covers opening by other means, such as the browser's find in page.
    <details className="coverage" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className="coverage__summary" onClick={() => setOpened(true)}>
        {t('coverage.summary', { documents: format.number(coverage.documentCount), count: coverage.documentCount, years })}
        {coverage.knownGaps.length > 0 && <span className="coverage__gaps-flag">{t('coverage.gapsFlag', { count: coverage.knownGaps.length })}</span>}
      </summary>
      {opened && <CoveragePanel years={years} />}
    </details>
  );
});

function CoveragePanel({ years }: { years: string }) {
  const { t } = useTranslation('precedents');
  const format = useFormatters();
  const lang = useInterfaceLang();
  const { catalog: corpus } = useCatalog();
  const { coverage } = corpus;
  const starts = corpus.documents.flatMap((document) => (document.dates ? [document.dates.start] : [])).sort();
  const ends = corpus.documents.flatMap((document) => (document.dates ? [document.dates.end] : [])).sort();
  const firstDate = starts[0];
  const lastDate = ends[ends.length - 1];
  return (
    <div className="coverage__panel">
      <dl className="coverage__facts">
        <dt>{t('coverage.documents')}</dt>
        <dd>{format.number(coverage.documentCount)}</dd>
        <dt>{t('coverage.meetings')}</dt>
        <dd>{coverage.meetings.length > 0 ? numberRanges(coverage.meetings, format.number) : t('coverage.none')}</dd>
        <dt>{t('coverage.sessions')}</dt>
        <dd>{coverage.sessions.length > 0 ? numberRanges(coverage.sessions, format.number) : t('coverage.none')}</dd>
        <dt>{t('coverage.years')}</dt>
        <dd>{years}</dd>
        {firstDate !== undefined && lastDate !== undefined && (
          <>
            <dt>{t('coverage.dates')}</dt>
            <dd>{format.dateRange(firstDate, lastDate)}</dd>
          </>
        )}
      </dl>
      <h3 className="coverage__gaps-heading">{t('coverage.knownGaps')}</h3>
      {coverage.knownGaps.length === 0 ? (
        <p>{t('coverage.noKnownGaps')}</p>
      ) : (
        <ul className="coverage__gaps">
          {coverage.knownGaps.map((gap, i) => {
            const shown = shownText(gap, lang);
            return (
              <li key={i} lang={shown.text !== null ? lang : shown.fallback?.lang}>
                {shown.text ?? shown.fallback?.text}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
