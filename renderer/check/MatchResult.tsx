import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrecedentMatch } from '../../shared/check/model';
import { useParagraphs } from '../app/corpus/ParagraphsContext';
import { useMatchActions, type CheckedItem } from './CheckContext';
import { percent } from './checkLabels';
import { useCitation } from './useCitation';
import { WordDiff } from './WordDiff';

/** One close precedent: citation, similarity, the word-level comparison (for the best ones), "also adopted as", and what to do with it. */
export function MatchResult({ item, match }: { item: CheckedItem; match: PrecedentMatch }) {
  const { t } = useTranslation('check');
  const index = useParagraphs([match.paragraphId, ...match.alsoAdoptedAs]);
  const cite = useCitation();
  const actions = useMatchActions();
  const citationId = useId();
  const { lang } = item.check;
  const citation = cite(match.paragraphId, lang);
  const ref = index.paragraphs.get(match.paragraphId)?.compendiumRef;
  const year = index.documents.get(index.paragraphs.get(match.paragraphId)?.docId ?? '')?.year;

  return (
    <li className="check-match" data-paragraph-id={match.paragraphId}>
      <p className="check-match__head">
        <span id={citationId} className="check-match__citation" lang={lang}>
          {citation}
        </span>
        {ref && <span className="check-ref">{ref}</span>}
        {year !== undefined && <span className="check-match__year">{year}</span>}
        <span className="check-match__similarity">{t('match.similarity', { percent: percent(match.similarity) })}</span>
        {match.changes && (
          <span className="check-match__changes">
            {t('match.changes', { added: match.changes.added, removed: match.changes.removed, replaced: match.changes.replaced })}
          </span>
        )}
      </p>
      {match.alsoAdoptedAs.length > 0 && (
        <p className="check-match__also">
          <span>{t('match.alsoAdoptedAs')}</span>{' '}
          {match.alsoAdoptedAs.map((id) => (
            <button key={id} type="button" className="button button--link" disabled={!actions.openPrecedent} onClick={() => actions.openPrecedent?.(id)}>
              <span lang={lang}>{cite(id, lang)}</span>
              {index.paragraphs.get(id)?.compendiumRef && ` (${index.paragraphs.get(id)?.compendiumRef})`}
            </button>
          ))}
        </p>
      )}
      {match.comparison && <WordDiff text={item.check.text} parts={match.comparison} lang={lang} citation={citation} />}
      <div className="check-match__actions" role="group" aria-labelledby={citationId}>
        {item.blockKey ? (
          <>
            <button type="button" className="button button--small" onClick={() => actions.citeParagraph(item, match.paragraphId)}>
              {t('match.citeParagraph')}
            </button>
            <button type="button" className="button button--small" onClick={() => actions.replaceParagraph(item, match.paragraphId)}>
              {t('match.replaceParagraph')}
            </button>
          </>
        ) : (
          <button type="button" className="button button--small" onClick={() => actions.insertAgreedText(match.paragraphId)}>
            {t('match.insertAgreedText')}
          </button>
        )}
        {actions.openPrecedent && (
          <button type="button" className="button button--small" onClick={() => actions.openPrecedent?.(match.paragraphId)}>
            {t('match.open')}
          </button>
        )}
      </div>
    </li>
  );
}
