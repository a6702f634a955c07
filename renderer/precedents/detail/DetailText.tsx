import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, LangText } from '../../../shared/corpus/model';
import { Badge } from '../../ui/Badge';
import { shownText } from '../model/shownText';
import { HighlightedText } from '../search/HighlightedText';

/** A paragraph's words in the content language; a missing version says so and offers the other language, never a translation. */
export function DetailText({ text, lang, query, showFallback }: { text: LangText; lang: Lang; query: string; showFallback: boolean }) {
  const { t } = useTranslation('precedents');
  const [reveal, setReveal] = useState(false);
  const shown = shownText(text, lang);
  if (shown.text !== null) {
    return (
      <span lang={lang}>
        <HighlightedText text={shown.text} query={query} />
      </span>
    );
  }
  if (!shown.fallback) return <Badge tone="warning">{t('missingVersion.any')}</Badge>;
  const visible = reveal || showFallback;
  return (
    <>
      <Badge tone="warning">{t(`missingVersion.${lang}`)}</Badge>{' '}
      {visible ? (
        <span lang={shown.fallback.lang} className="detail__fallback">
          <HighlightedText text={shown.fallback.text} query={query} />
        </span>
      ) : (
        <button type="button" className="button button--link" onClick={() => setReveal(true)}>
          {t(`showVersion.${shown.fallback.lang}`)}
        </button>
      )}
    </>
  );
}
