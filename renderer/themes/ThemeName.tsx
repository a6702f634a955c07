import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Theme } from '../../shared/corpus/model';
import { interfaceLangOf } from '../i18n/useInterfaceLang';
import { themeLabel } from './themeLabel';

/**
 * A theme's name in the interface language, an English one marked as an unofficial translation.
 * Its tooltip gives the whole name, which narrow places cut with an ellipsis. Memoised: the theme
 * tree draws every name again whenever its counts change, at each key typed in the search.
 */
export const ThemeName = memo(function ThemeName({ theme }: { theme: Theme }) {
  const { t, i18n } = useTranslation('themes');
  return <ThemeNameText theme={theme} lang={interfaceLangOf(i18n)} unofficialNote={t('unofficialTranslation')} />;
});

/** The same with the language and the note given, for places that draw many (the table's cells). */
export function ThemeNameText({ theme, lang, unofficialNote }: { theme: Theme; lang: Lang; unofficialNote: string }) {
  const label = themeLabel(theme, lang);
  return (
    <span lang={label.lang} className={label.unofficial ? 'theme-name theme-name--unofficial' : 'theme-name'} title={label.unofficial ? `${label.text} (${unofficialNote})` : label.text}>
      {label.text}
    </span>
  );
}
