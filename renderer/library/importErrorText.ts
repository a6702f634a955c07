import type { TFunction } from 'i18next';
import { ImportError } from '../../shared/import/ImportError';

/** The message shown for a file that cannot be imported, in the interface language. */
export function importErrorText(t: TFunction<'library'>, name: string, error: unknown): string {
  if (error instanceof ImportError) return t(`errors.${error.code}` as 'errors.empty', { name, reason: '', ...error.detail });
  return t('errors.unknown', { name, reason: error instanceof Error ? error.message : String(error) });
}
