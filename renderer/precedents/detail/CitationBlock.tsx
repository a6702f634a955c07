import { useTranslation } from 'react-i18next';
import { LANGS } from '../../../shared/corpus/model';
import { CopyButton } from '../../ui/CopyButton';
import { useCitations } from './useCitations';

export function CitationBlock({ paragraphId }: { paragraphId: string }) {
  const { t } = useTranslation('precedents');
  const citations = useCitations();
  const citation = citations.get(paragraphId);
  if (!citation) return null;
  return (
    <section className="detail__section" aria-labelledby="detail-citation-heading">
      <h3 id="detail-citation-heading" className="detail__label">
        {t('detail.citation')}
      </h3>
      <ul className="detail__citations">
        {LANGS.map((lang) => (
          <li key={lang}>
            <span className="detail__citation-lang">{t(`languageName.${lang}`)}</span>
            <span lang={lang} className="detail__citation">
              {citation[lang]}
            </span>
            <CopyButton text={citation[lang]} label={t(`detail.copyCitation.${lang}`)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
