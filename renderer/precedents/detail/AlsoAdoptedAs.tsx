import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paragraph } from '../../../shared/corpus/model';
import { useParagraphCache } from '../../app/corpus/ParagraphsContext';
import { getDeskHost } from '../../host';
import { usePrecedentView } from '../PrecedentViewContext';
import { useCitations } from './useCitations';

/** Near-identical text adopted elsewhere (recommendation I.2 and resolution 6/3, para. 2), each a link to its detail. */
export function AlsoAdoptedAs({ paragraph, onOpen }: { paragraph: Paragraph; onOpen(id: string): void }) {
  const { t } = useTranslation('check');
  const { index } = useParagraphCache();
  const { contentLang } = usePrecedentView();
  const citations = useCitations();
  const others = useAlsoAdoptedAs(paragraph);
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

/** Asked of the host (the check's index is there), then their paragraphs; nothing shown until both answer, or if they cannot. */
function useAlsoAdoptedAs(paragraph: Paragraph): string[] {
  const cache = useParagraphCache();
  const [found, setFound] = useState<{ id: string; others: string[] } | null>(null);
  useEffect(() => {
    if (!paragraph.adopted) return;
    let current = true;
    getDeskHost()
      .alsoAdoptedAs({ paragraphId: paragraph.id })
      .then(async (others) => {
        await cache.load(others);
        if (current) setFound({ id: paragraph.id, others });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [paragraph, cache]);
  return paragraph.adopted && found?.id === paragraph.id ? found.others : [];
}
