import { useTranslation } from 'react-i18next';
import type { CommitmentChange } from '../../shared/check/model';
import type { Lang } from '../../shared/corpus/model';

/** Negations and qualifiers added or dropped, set apart like a strength change: they change the commitment as much. */
export function CommitmentCallout({ changes, lang }: { changes: readonly CommitmentChange[]; lang: Lang }) {
  const { t } = useTranslation('check');
  if (changes.length === 0) return null;
  return (
    <p className="strength-callout strength-callout--changed" role="note">
      <strong>{t('commitment.title')}</strong>{' '}
      {changes.map((change, i) => (
        <span key={i}>
          {i > 0 && '; '}
          {t(`commitment.${change.kind}.${change.change}`)}{' '}
          <q lang={lang} className="strength-callout__phrase">
            {change.phrase}
          </q>
        </span>
      ))}
    </p>
  );
}
