import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { Lang } from '../../shared/corpus/model';
import { parseLang } from './interfaceLanguage';

export function useInterfaceLang(): Lang {
  return interfaceLangOf(useTranslation().i18n);
}

/** The interface language of an i18next instance a component already has from its own translation hook. */
export function interfaceLangOf(i18n: Pick<I18n, 'resolvedLanguage'>): Lang {
  return parseLang(i18n.resolvedLanguage) ?? 'fr';
}
