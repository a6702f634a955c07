import { useTranslation } from 'react-i18next';
import type { ParagraphComparison } from '../../shared/negotiation/compareTexts';

interface Props {
  rows: readonly ParagraphComparison[];
  lang: string;
  label: string;
  /** Words for a change of the paragraph's status, if it changed. */
  statusText?: (row: ParagraphComparison) => string | null;
}

/**
 * Two versions of a draft paragraph by paragraph (shared/negotiation/compareTexts.ts): each
 * changed paragraph word by word, added words in <ins> and removed ones in <del> as Word marks
 * tracked changes; unchanged paragraphs are counted, not shown.
 */
export function ComparisonRows({ rows, lang, label, statusText }: Props) {
  const { t } = useTranslation('common');
  const shown = rows.filter((row) => row.kind !== 'same');
  const unchanged = rows.length - shown.length;
  return (
    <div className="comparison" aria-label={label} role="group">
      {shown.map((row) => (
        <div key={`${row.kind}:${row.key}`} className={`comparison__row comparison__row--${row.kind}`}>
          <p className="comparison__head">
            {row.label && <strong>{row.label}</strong>} <span className="comparison__kind">{t(`comparison.kinds.${row.kind}`)}</span>
            {statusText?.(row) && <span className="comparison__status"> — {statusText(row)}</span>}
          </p>
          <p className="comparison__text" lang={lang}>
            {row.kind === 'added' && <ins>{row.after}</ins>}
            {row.kind === 'removed' && <del>{row.before}</del>}
            {row.kind === 'changed' &&
              row.changes.map((change, i) =>
                change.kind === 'same' ? <span key={i}>{change.text}</span> : change.kind === 'added' ? <ins key={i}>{change.text}</ins> : <del key={i}>{change.text}</del>,
              )}
          </p>
        </div>
      ))}
      {unchanged > 0 && <p className="comparison__unchanged">{t('comparison.unchanged', { count: unchanged })}</p>}
    </div>
  );
}
