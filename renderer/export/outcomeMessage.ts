import type { TFunction } from 'i18next';
import type { DialogMessage } from './ExportDialogFrame';
import type { SaveOutcome } from './saveWordFile';

/** What the dialog says when the file was not saved; for a draft, that the draft itself is untouched. */
export function outcomeMessage(t: TFunction<'export'>, outcome: Exclude<SaveOutcome, { kind: 'saved' }>, fromDraft: boolean): DialogMessage {
  if (outcome.kind === 'cancelled') return { role: 'status', text: t('result.cancelled') };
  const failure = outcome.message === null ? t('result.failedNoReason') : t('result.failed', { message: outcome.message });
  return { role: 'alert', text: fromDraft ? `${failure} ${t('result.draftUntouched')}` : failure };
}
