import { useTranslation } from 'react-i18next';
import { useCatalog } from '../app/corpus/CatalogContext';
import { useInterfaceLang } from '../i18n/useInterfaceLang';
import { themeLabel } from '../themes/themeLabel';
import { CompileToWordButton } from './CompileToWordButton';

/** A small "Compile…" beside a theme's name (the detail's list of themes); its accessible name says which theme. */
export function CompileThemeButton({ themeId }: { themeId: string }) {
  const { t } = useTranslation('export');
  const { themes } = useCatalog();
  const lang = useInterfaceLang();
  const theme = themes.get(themeId);
  if (!theme) return null;
  return (
    <CompileToWordButton selection={{ themeId }} unavailable={t('compile.noTheme')} defaultGroupBy="theme" className="button button--small">
      {t('compile.themeButton')}
      <span className="visually-hidden"> {t('compile.themeButtonTarget', { theme: themeLabel(theme, lang).text })}</span>
    </CompileToWordButton>
  );
}
