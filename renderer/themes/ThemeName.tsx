import { useTranslation } from 'react-i18next';
import type { Theme } from '../../shared/corpus/model';
import { useInterfaceLang } from '../i18n/useInterfaceLang';
import { themeLabel } from './themeLabel';

/**
 * A theme's name in the interface language, an English one marked as an unofficial translation.
 * Its tooltip gives the whole name, which narrow places cut with an ellipsis.
 */
export function ThemeName({ theme }: { theme: Theme }) {
  const { t } = useTranslation('themes');
  const lang = useInterfaceLang();
  const label = themeLabel(theme, lang);
  return (
    <span lang={label.lang} className={label.unofficial ? 'theme-name theme-name--unofficial' : 'theme-name'} title={label.unofficial ? `${label.text} (${t('unofficialTranslation')})` : label.text}>
      {label.text}
    </span>
  );
}
