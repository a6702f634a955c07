import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme } from '../../shared/corpus/model';
import { interfaceLangOf } from '../i18n/useInterfaceLang';
import { themeNameShown } from './themeLabel';

/**
 * A theme's name in the interface language, an English one marked as an unofficial translation.
 * Its tooltip gives the whole name, which narrow places cut with an ellipsis. Memoised: the theme
 * tree draws every name again whenever its counts change, with each search that held still.
 */
export const ThemeName = memo(function ThemeName({ theme }: { theme: Theme }) {
  const { t, i18n } = useTranslation('themes');
  const shown = themeNameShown(theme, interfaceLangOf(i18n), t('unofficialTranslation'));
  return (
    <span lang={shown.lang} className={shown.className} title={shown.title}>
      {shown.text}
    </span>
  );
});
