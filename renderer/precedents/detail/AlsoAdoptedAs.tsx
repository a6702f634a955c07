import { useTranslation } from 'react-i18next';
import type { Paragraph } from '../../../shared/corpus/model';
import { useCorpus } from '../../app/corpus/CorpusContext';
import { checkerFor } from '../../check/usePrecedentChecker';
import { usePrecedentView } from '../PrecedentViewContext';
import { useCitations } from './useCitations';

/** Near-identical text adopted elsewhere (recommendation I.2 and resolution 6/3, para. 2), each a link to its detail. */
export function AlsoAdoptedAs({ paragraph, onOpen }: { paragraph: Paragraph; onOpen(id: string): void }) {
  const { t } = useTranslation('check');
  const index = useCorpus();
  const { contentLang } = usePrecedentView();
  const citations = useCitations();
  if (!paragraph.adopted) return null;
  const others = checkerFor(index).alsoAdoptedAs(paragraph.id);
  if (others.length === 0) return null;
  return (
    <section className="detail__section" aria-labelledby="detail-also-adopted-heading">
      <h3 id="detail-also-adopted-heading" className="detail__label">
        {t('detail.alsoAdoptedAs')}
      </h3>
      <ul className="detail__also-adopted">
        {others.map((id) => {
          const other = index.paragraphs.get(id);
          return (
            <li key={id}>
              <button type="button" className="button button--link" onClick={() => onOpen(id)}>
                <span lang={contentLang}>{citations.get(id)?.[contentLang] ?? id}</span>
                {other?.compendiumRef && ` (${other.compendiumRef})`}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
