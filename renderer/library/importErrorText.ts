import type { TFunction } from 'i18next';
import { ImportError } from '../../shared/import/ImportError';
import { toHostErrorInfo } from '../messages/hostErrorInfo';
import { hostErrorText } from '../messages/hostErrorText';

/** The message shown for a file that cannot be imported, in the interface language. */
export function importErrorText(t: TFunction, name: string, error: unknown): string {
  if (error instanceof ImportError) return t(`library:errors.${error.code}`, { name, reason: '', ...error.detail });
  return t('library:errors.unknown', { name, reason: hostErrorText(t, toHostErrorInfo(error)) });
}
