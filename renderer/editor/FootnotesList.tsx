import { useTranslation } from 'react-i18next';
import { useCitationDisplay } from './CitationDisplayContext';
import { citationText } from './citationText';

/** In footnote style, the notes under the draft, numbered as their markers. */
export function FootnotesList() {
  const { t } = useTranslation('draft');
  const { index, lang, style, citations } = useCitationDisplay();
  if (style !== 'footnote' || citations.length === 0) return null;
  return (
    <section className="draft-footnotes" aria-label={t('footnotes.label')}>
      <ol>
        {citations.map(({ key, paragraphId }) => (
          <li key={key} lang={lang}>
            {citationText(index, paragraphId, lang).citation}
          </li>
        ))}
      </ol>
    </section>
  );
}
