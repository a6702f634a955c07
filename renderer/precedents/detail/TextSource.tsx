import { useTranslation } from 'react-i18next';
import type { Paragraph } from '../../../shared/corpus/model';
import { usePrecedentView } from '../PrecedentViewContext';
import { VariantDiff } from './VariantDiff';

/** Where the quoted words come from, and how any other printing of them differs. */
export function TextSource({ paragraph }: { paragraph: Paragraph }) {
  const { t } = useTranslation('precedents');
  const { contentLang } = usePrecedentView();
  // Variants are printed in the sources' language: compare them with that version of the text.
  const quoted = paragraph.text.fr ?? paragraph.text[contentLang] ?? '';
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
            <VariantDiff from={quoted} to={variant.text} lang="fr" />
          </div>
        ))
      )}
    </section>
  );
}
