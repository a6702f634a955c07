import { useTranslation } from 'react-i18next';
import type { StrengthChange } from '../../shared/check/model';
import type { Lang } from '../../shared/corpus/model';
import { useVocabulary } from '../precedents/useVocabulary';

/** A change of operative strength, set apart above everything else: it is what negotiators fight over. */
export function StrengthCallout({ change, lang }: { change: StrengthChange; lang: Lang }) {
  const { t } = useTranslation('check');
  const vocabulary = useVocabulary();
  const side = (markers: StrengthChange['removed']) =>
    markers.length === 0 ? (
      <span>{t('strength.nothing')}</span>
    ) : (
      markers.map((marker, i) => (
        <span key={i}>
          {i > 0 && ', '}
          <q lang={lang} className="strength-callout__phrase">
            {marker.phrase}
          </q>{' '}
          <span className="strength-callout__level">({vocabulary.strength(marker.strength)})</span>
        </span>
      ))
    );
  return (
    <p className={`strength-callout strength-callout--${change.direction}`} role="note">
      <strong>{t(`strength.${change.direction}`)}</strong> {side(change.removed)} <span aria-hidden="true">→</span>
      <span className="visually-hidden">{t('strength.became')}</span> {side(change.added)}
    </p>
  );
}
