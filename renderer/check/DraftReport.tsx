import { useTranslation } from 'react-i18next';
import { useParagraphs } from '../app/corpus/ParagraphsContext';
import type { CheckedItem } from './CheckContext';
import { itemLabel, percent } from './checkLabels';
import { ExportReportButton } from './ExportReportButton';
import { reportSourceIds } from '../../shared/export/reportSourceIds';
import { useCitation } from './useCitation';
import { VerdictBadge } from './VerdictBadge';

/** The whole draft at a glance: each paragraph with its verdict, its share of agreed language and its sources. */
export function DraftReport({ items }: { items: readonly CheckedItem[] }) {
  const { t } = useTranslation('check');
  const index = useParagraphs(items.flatMap((item) => reportSourceIds(item.check)));
  const cite = useCitation();
  return (
    <>
      <table className="draft-report">
        <caption>{t('report.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.paragraph')}</th>
            <th scope="col">{t('report.verdict')}</th>
            <th scope="col">{t('report.coverage')}</th>
            <th scope="col">{t('report.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const sources = reportSourceIds(item.check);
            return (
              <tr key={item.id}>
                <th scope="row">
                  <a href={`#check-${item.id}`} onClick={() => document.getElementById(`check-${item.id}`)?.setAttribute('open', '')}>
                    {itemLabel(t, item, items.length)}
                  </a>
                </th>
                <td>
                  <VerdictBadge verdict={item.check.verdict} />
                </td>
                <td>{item.check.verdict === 'no-precedents-in-language' ? '—' : t('report.percent', { percent: percent(item.check.coverage) })}</td>
                <td>
                  {sources.length === 0 ? (
                    <span className="muted">{t('report.noSources')}</span>
                  ) : (
                    <ul className="draft-report__sources">
                      {sources.map((id) => (
                        <li key={id}>
                          {cite(id, item.check.lang)}
                          {index.paragraphs.get(id)?.compendiumRef && <span className="check-ref"> {index.paragraphs.get(id)?.compendiumRef}</span>}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ExportReportButton />
    </>
  );
}
