import { useTranslation } from 'react-i18next';
import type { Paragraph } from '../../../shared/corpus/model';
import { usePrecedentView } from '../PrecedentViewContext';
import { VariantDiff } from './VariantDiff';

/** Where the quoted words come from, and how any other printing of them differs. */
export function TextSource({ paragraph }: { paragraph: Paragraph }) {
  const { t } = useTranslation('precedents');
  const { contentLang } = usePrecedentView();
  return (
    <section className="detail__section" aria-labelledby="detail-source-heading">
      <h3 id="detail-source-heading" className="detail__label">
        {t('detail.source')}
      </h3>
      <p>{t(`detail.textSource.${paragraph.textSource}`)}</p>
      {paragraph.variants.length === 0 ? (
        <p className="muted">{t('detail.noVariant')}</p>
      ) : (
        paragraph.variants.map((variant, i) => (
          <div key={i} className="detail__variant">
            <p>{t(`detail.variantIn.${variant.source}`)}</p>
            {/* A variant is compared with the quoted text in its own language: French for the bundled sources, English for an imported English compendium's. */}
            <VariantDiff from={paragraph.text[variant.lang ?? 'fr'] ?? paragraph.text[contentLang] ?? ''} to={variant.text} lang={variant.lang ?? 'fr'} />
          </div>
        ))
      )}
    </section>
  );
}
