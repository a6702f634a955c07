import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/corpus/model';
import type { CitationFinding } from '../../../shared/wordCheck/model';
import { useCitation } from '../useCitation';

/** What the check says of a paragraph's citations, one line each; problems are marked as such. */
export function CitationFindings({ findings, lang }: { findings: readonly CitationFinding[]; lang: Lang }) {
  const { t } = useTranslation('check');
  const cite = useCitation();
  const citeAll = (ids: readonly string[]) => ids.map((id) => cite(id, lang)).join(' ; ');
  if (findings.length === 0) return null;
  return (
    <ul className="word-check__findings" aria-label={t('word.citations')}>
      {findings.map((finding, i) => {
        const citation = 'citation' in finding ? finding.citation.text : '';
        const text = (() => {
          switch (finding.kind) {
            case 'correct':
              return t('word.finding.correct', { citation });
            case 'other-paragraph':
              return finding.quoted.length
                ? t('word.finding.otherParagraph', { citation, cited: citeAll(finding.cited), quoted: citeAll(finding.quoted) })
                : t('word.finding.notPrecedent', { citation, cited: citeAll(finding.cited) });
            case 'nonexistent-paragraph':
              return t('word.finding.nonexistent', { citation, locators: finding.locators.join(', ') });
            case 'unknown-document':
              return t('word.finding.unknownDocument', { citation, document: finding.document });
            case 'unverifiable':
              return t('word.finding.unverifiable', { citation });
            case 'missing':
              return t('word.finding.missing', { sources: citeAll(finding.quoted) });
          }
        })();
        return (
          <li key={i} data-finding={finding.kind} className={finding.kind === 'correct' ? 'word-check__finding' : 'word-check__finding word-check__finding--problem'}>
            {text}
          </li>
        );
      })}
    </ul>
  );
}
