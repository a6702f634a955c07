import { useTranslation } from 'react-i18next';
import type { WordDraftSummary } from '../../../shared/roundtrip/model';

interface Props {
  name: string;
  summary: WordDraftSummary;
  onClose: () => void;
}

/** What opening a Word document recognised: where each piece of agreed language came from, the proposals, brackets and comments. */
export function WordDraftSummaryView({ name, summary, onClose }: Props) {
  const { t } = useTranslation('draft');
  const count = (origin: 'control' | 'text', verdict?: 'verbatim' | 'modified') =>
    summary.precedents.filter((found) => found.origin === origin && (verdict === undefined || found.verdict === verdict)).length;
  const changedInWord = summary.precedents.filter((found) => found.changedInWord).length;
  return (
    <section className="word-draft-summary" aria-label={t('wordDraft.summaryLabel')}>
      <h3>{t('wordDraft.heading', { name })}</h3>
      <ul>
        <li>{t('wordDraft.verbatim', { count: count('control', 'verbatim') })}</li>
        <li>{t('wordDraft.modified', { count: count('control', 'modified'), changed: changedInWord })}</li>
        <li>{t('wordDraft.orphaned', { count: summary.orphaned.length })}</li>
        <li>{t('wordDraft.recognised', { count: count('text') })}</li>
        {summary.proposals.map((proposal) => (
          <li key={proposal.author}>{t('wordDraft.proposals', { author: proposal.author, insertions: proposal.insertions, deletions: proposal.deletions })}</li>
        ))}
        <li>{t('wordDraft.brackets', { count: summary.brackets, alternatives: summary.alternatives })}</li>
        {summary.unlinkedCitations.length > 0 && <li>{t('wordDraft.unlinked', { citations: summary.unlinkedCitations.join(' ; ') })}</li>}
        {summary.notesKeptAsText > 0 && <li>{t('wordDraft.notesAsText', { count: summary.notesKeptAsText })}</li>}
        {summary.textRecognitionLimited && <li>{t('wordDraft.recognitionLimited')}</li>}
      </ul>
      {summary.comments.length > 0 && (
        <>
          <h4>{t('wordDraft.comments', { count: summary.comments.length })}</h4>
          <ul>
            {summary.comments.map((comment, position) => (
              <li key={position}>
                {comment.author ? `${comment.author} : ` : ''}
                {comment.text}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="button" onClick={onClose}>
        {t('wordDraft.close')}
      </button>
    </section>
  );
}
