import { useTranslation } from 'react-i18next';
import type { Paragraph } from '../../../shared/corpus/model';
import { useCatalog } from '../../app/corpus/CatalogContext';
import { ThemeName } from '../../themes/ThemeName';

/**
 * Themes suggested when the paragraph was imported (from its wording's likeness to indexed
 * paragraphs). Shown apart from the index's themes and labelled as suggestions: the compendium's
 * thematic index does not list the paragraph under them.
 */
export function SuggestedThemes({ paragraph }: { paragraph: Paragraph }) {
  const { t } = useTranslation('check');
  const catalog = useCatalog();
  const themes = (paragraph.suggestedThemeIds ?? []).flatMap((id) => catalog.themes.get(id) ?? []);
  if (themes.length === 0) return null;
  return (
    <section className="detail__section detail__suggested-themes" aria-labelledby="detail-suggested-themes-heading">
      <h3 id="detail-suggested-themes-heading" className="detail__label">
        {t('detail.suggestedThemes')}
      </h3>
      <p className="muted">{t('detail.suggestedThemesNote')}</p>
      <ul className="detail__themes">
        {themes.map((theme) => (
          <li key={theme.id}>
            <ThemeName theme={theme} />
          </li>
        ))}
      </ul>
    </section>
  );
}
