import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { Lang } from '../../shared/corpus/model';
import type { DraftContent } from '../../shared/draft/model';
import { summarizeProvenance } from '../../shared/draft/summarizeProvenance';
import { citationText } from '../editor/citationText';

const KINDS = ['verbatim', 'modified', 'new'] as const;

/** How much of the draft is agreed language, and from where. */
export function ProvenanceSummary({ content, index, lang }: { content: DraftContent; index: CorpusIndex; lang: Lang }) {
  const { t } = useTranslation('draft');
  const summary = useMemo(() => summarizeProvenance(content), [content]);

  return (
    <section className="provenance-summary" aria-labelledby="provenance-summary-heading">
      <h3 id="provenance-summary-heading">{t('provenance.heading')}</h3>
      <ul className="provenance-summary__counts">
        {KINDS.map((kind) => (
          <li key={kind} data-kind={kind}>
            {t(`provenance.count.${kind}`, { count: summary.counts[kind] })}
          </li>
        ))}
      </ul>
      {(['verbatim', 'modified'] as const).map(
        (kind) =>
          summary.sources[kind].length > 0 && (
            <div key={kind} className="provenance-summary__sources">
              <h4>{t(`provenance.sources.${kind}`)}</h4>
              <ul>
                {summary.sources[kind].map((paragraphId) => (
                  <li key={paragraphId}>
                    {index.paragraphs.get(paragraphId)?.compendiumRef && <span className="provenance-summary__ref">{index.paragraphs.get(paragraphId)?.compendiumRef} </span>}
                    <span lang={lang}>{citationText(index, paragraphId, lang).citation}</span>
                  </li>
                ))}
              </ul>
            </div>
          ),
      )}
    </section>
  );
}
