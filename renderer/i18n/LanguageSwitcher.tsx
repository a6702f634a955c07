import { useTranslation } from 'react-i18next';
import { SegmentedChoice, type Choice } from '../ui/SegmentedChoice';
import type { Lang } from '../../shared/corpus/model';
import { useInterfaceLanguage } from './useInterfaceLanguage';
import { useCommand } from '../keyboard/CommandsContext';

// Each language is named in itself, so a user lost in the other language still finds theirs.
const LANGUAGE_CHOICES: readonly Choice<Lang>[] = [
  { value: 'fr', label: 'Français', lang: 'fr' },
  { value: 'en', label: 'English', lang: 'en' },
];

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const [language, setLanguage] = useInterfaceLanguage();
  useCommand('interface.switchLanguage', () => setLanguage(language === 'fr' ? 'en' : 'fr'));
  return <SegmentedChoice legend={t('language.interface')} value={language} choices={LANGUAGE_CHOICES} onChange={setLanguage} />;
}
