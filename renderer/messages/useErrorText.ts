import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { toHostErrorInfo } from './hostErrorInfo';
import { hostErrorText } from './hostErrorText';

/** Words any failure in the interface language, for messages kept as text (a status line, a form's problem). */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback((error: unknown) => hostErrorText(t, toHostErrorInfo(error)), [t]);
}
