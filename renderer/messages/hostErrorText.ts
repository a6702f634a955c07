import type { TFunction } from 'i18next';
import type { HostErrorInfo } from '../../shared/host/hostError';

/**
 * A host error in the interface language: one or two sentences saying what happened and what to
 * do, never the host's own (English) detail, which HostErrorMessage shows apart.
 */
export function hostErrorText(t: TFunction, error: HostErrorInfo): string {
  return t(`messages:hostErrors.${error.code}`, { ...error.params });
}
