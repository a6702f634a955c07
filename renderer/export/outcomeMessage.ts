import type { TFunction } from 'i18next';
import { hostErrorText } from '../messages/hostErrorText';
import type { DialogMessage } from './ExportDialogFrame';
import type { SaveOutcome } from './saveWordFile';

/** What the dialog says when the file was not saved; for a draft, that the draft itself is untouched. */
export function outcomeMessage(t: TFunction, outcome: Exclude<SaveOutcome, { kind: 'saved' }>, fromDraft: boolean): DialogMessage {
  if (outcome.kind === 'cancelled') return { role: 'status', text: t('export:result.cancelled') };
  const failure = `${t('export:result.failed')} ${hostErrorText(t, outcome.error)}`;
  return { role: 'alert', text: fromDraft ? `${failure} ${t('export:result.draftUntouched')}` : failure, detail: outcome.error.detail };
}
