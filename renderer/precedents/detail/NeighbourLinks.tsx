import { useTranslation } from 'react-i18next';
import type { CorpusDocument, Paragraph } from '../../../shared/corpus/model';
import { useParagraphCache } from '../../app/corpus/ParagraphsContext';
import { shownText } from '../model/shownText';
import { usePrecedentView } from '../PrecedentViewContext';
import { useCitations } from './useCitations';

/** The paragraphs just before and after this one in its document (sub-items aside), to read it in context. */
export function NeighbourLinks({ paragraph, document, onOpen }: { paragraph: Paragraph; document: CorpusDocument; onOpen(id: string): void }) {
  const { t } = useTranslation('precedents');
  // The detail's family holds the neighbours; among the document's paragraphs held, they are the ones next to this one.
  const { paragraphs } = useParagraphCache().index;
  const { contentLang } = usePrecedentView();
  const citations = useCitations();
  const topLevel = document.paragraphIds.filter((id) => paragraphs.get(id)?.parentId === null);
  const ownTop = paragraph.parentId === null ? paragraph.id : topAncestor(paragraph, paragraphs);
  const at = topLevel.indexOf(ownTop);
  const neighbours = [
    { key: 'previous', id: at > 0 ? topLevel[at - 1] : undefined },
    { key: 'next', id: at >= 0 ? topLevel[at + 1] : undefined },
  ];
  return (
    <nav className="detail__section" aria-label={t('detail.neighbours')}>
      <h3 className="detail__label">{t('detail.neighbours')}</h3>
      <ul className="detail__neighbours">
        {neighbours.map(({ key, id }) => {
          const neighbour = id ? paragraphs.get(id) : undefined;
          if (!id || !neighbour) return null;
          const shown = shownText(neighbour.text, contentLang);
          const words = shown.text ?? shown.fallback?.text ?? '';
          return (
            <li key={key}>
              <button type="button" className="button button--link" onClick={() => onOpen(id)}>
                {t(`detail.${key}`)}: {citations.get(id)?.[contentLang] ?? id}
              </button>
              <span className="detail__neighbour-text" lang={shown.text !== null ? contentLang : shown.fallback?.lang}>
                {words.length > 160 ? `${words.slice(0, 160)}…` : words}
              </span>
              {!neighbour.adopted && <span className="muted"> ({t('row.context')})</span>}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function topAncestor(paragraph: Paragraph, paragraphs: ReadonlyMap<string, Paragraph>): string {
  let current = paragraph;
  const seen = new Set<string>();
  while (current.parentId && !seen.has(current.id)) {
    seen.add(current.id);
    const parent = paragraphs.get(current.parentId);
    if (!parent) break;
    current = parent;
  }
  return current.id;
}
