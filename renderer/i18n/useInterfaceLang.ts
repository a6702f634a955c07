import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/corpus/model';
import { parseLang } from './interfaceLanguage';

export function useInterfaceLang(): Lang {
  const { i18n } = useTranslation();
  return parseLang(i18n.resolvedLanguage) ?? 'fr';
}
