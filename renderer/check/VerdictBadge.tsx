import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../shared/check/model';

/** A symbol with the verdict's words: the colour is never the only cue. */
const SYMBOL: Record<Verdict, string> = { verbatim: '=', modified: '≈', new: '+', 'no-precedents-in-language': '∅' };

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation('check');
  return (
    <span className={`verdict verdict--${verdict}`} data-verdict={verdict}>
      <span aria-hidden="true" className="verdict__symbol">
        {SYMBOL[verdict]}
      </span>{' '}
      {t(`verdict.${verdict}`)}
    </span>
  );
}
