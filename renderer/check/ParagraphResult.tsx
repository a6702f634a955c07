import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AttributedText } from './AttributedText';
import { CommitmentCallout } from './CommitmentCallout';
import type { CheckedItem } from './CheckContext';
import { percent } from './checkLabels';
import { MatchResult } from './MatchResult';
import { StrengthCallout } from './StrengthCallout';
import { VerdictBadge } from './VerdictBadge';

/** One checked paragraph: verdict, share of agreed language, strength change, where its words come from, closest precedents. */
export function ParagraphResult({ item, label }: { item: CheckedItem; label: string }) {
  const { t } = useTranslation('check');
  const headingId = useId();
  const { check } = item;
  const best = check.precedents[0];
  return (
    <article className="check-result" aria-labelledby={headingId} data-verdict={check.verdict}>
      <header className="check-result__header">
        <h4 id={headingId}>{label}</h4>
        <VerdictBadge verdict={check.verdict} />
        {check.verdict !== 'no-precedents-in-language' && <span className="check-result__coverage">{t('result.coverage', { percent: percent(check.coverage) })}</span>}
        <span className="check-result__lang">{t(`result.lang.${check.langSource}`, { language: t(`languages.${check.lang}`) })}</span>
      </header>
      {check.verdict === 'no-precedents-in-language' ? (
        <>
          <p className="check-result__text" lang={check.lang}>
            {check.text}
          </p>
          <p className="check-result__note">{t('result.noPrecedents', { language: t(`languages.${check.lang}`) })}</p>
        </>
      ) : (
        <>
          {best?.strengthChange && <StrengthCallout change={best.strengthChange} lang={check.lang} />}
          {best && <CommitmentCallout changes={best.commitmentChanges} lang={check.lang} />}
          <AttributedText check={check} />
          <h5 className="check-result__subheading">{t('result.closest')}</h5>
          {check.precedents.length === 0 ? (
            <p className="check-result__note">{t('result.noClose')}</p>
          ) : (
            <ol className="check-matches">
              {check.precedents.map((match) => (
                <MatchResult key={match.paragraphId} item={item} match={match} />
              ))}
            </ol>
          )}
        </>
      )}
    </article>
  );
}
