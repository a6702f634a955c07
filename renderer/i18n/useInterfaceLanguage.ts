import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/corpus/model';
import { useSetting } from '../app/settings/SettingsContext';
import { INTERFACE_LANGUAGE_KEY, parseLang } from './interfaceLanguage';
import { useInterfaceLang } from './useInterfaceLang';

/** The interface language and a way to change it that is remembered for the next start. */
export function useInterfaceLanguage(): [Lang, (lang: Lang) => void] {
  const { i18n } = useTranslation();
  const current = useInterfaceLang();
  const [, remember] = useSetting(INTERFACE_LANGUAGE_KEY, parseLang);
  const change = useCallback(
    (lang: Lang) => {
      void i18n.changeLanguage(lang);
      remember(lang);
    },
    [i18n, remember],
  );
  return [current, change];
}
