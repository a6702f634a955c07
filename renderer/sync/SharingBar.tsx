import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInvitation } from '../../shared/sync/invitation';
import { useClipboard } from '../hooks/useClipboard';
import { JoinForm } from './JoinForm';
import { ShareForm } from './ShareForm';
import type { SharedDraftProvider, SharedDraftStatus } from './SharedDraftProvider';
import type { DraftSharingState } from './useDraftSharing';
import type { SharingActions } from './useSharingActions';
import { HostErrorMessage } from '../messages/HostErrorMessage';
import { useCommand } from '../keyboard/CommandsContext';
import './sync.css';

interface Props {
  sharing: DraftSharingState;
  provider: SharedDraftProvider | null;
  defaultName: string;
  actions: SharingActions;
}

/** "Share this draft", "Join a shared draft", and for a shared draft its invitation, state and who else is on it. */
export function SharingBar({ sharing, provider, defaultName, actions }: Props) {
  const { t } = useTranslation('sync');
  const [form, setForm] = useState<'share' | 'join' | null>(null);
  useCommand('draft.share', sharing.kind === 'private' ? () => setForm('share') : null);
  const clipboard = useClipboard();
  return (
    <div className="sharing-bar" role="region" aria-label={t('bar.label')}>
      <div className="sharing-bar__row">
        {sharing.kind === 'private' && (
          <button type="button" onClick={() => setForm(form === 'share' ? null : 'share')} aria-expanded={form === 'share'}>
            {t('bar.share')}
          </button>
        )}
        {sharing.kind === 'shared' && (
          <button type="button" onClick={() => clipboard.copy(formatInvitation(sharing.sharing.invitation))}>
            {clipboard.copied ? t('bar.invitationCopied') : t('bar.copyInvitation')}
          </button>
        )}
        <button type="button" onClick={() => setForm(form === 'join' ? null : 'join')} aria-expanded={form === 'join'}>
          {t('bar.join')}
        </button>
        {sharing.kind === 'shared' && provider && <SharedDraftState provider={provider} />}
        {sharing.kind === 'failed' && (
          <div role="alert">
            <HostErrorMessage lead={t('status.failed')} error={sharing.error} />
          </div>
        )}
      </div>
      {sharing.kind === 'shared' && (
        <label className="sharing-bar__invitation">
          <span>{t('bar.invitation')}</span>
          <input type="text" readOnly value={formatInvitation(sharing.sharing.invitation)} onFocus={(event) => event.target.select()} />
        </label>
      )}
      {form === 'share' && <ShareForm defaultName={defaultName} onShare={actions.share} onCancel={() => setForm(null)} />}
      {form === 'join' && <JoinForm defaultName={defaultName} onJoin={actions.join} onCancel={() => setForm(null)} />}
    </div>
  );
}

function SharedDraftState({ provider }: { provider: SharedDraftProvider }) {
  const { t } = useTranslation('sync');
  const status: SharedDraftStatus = useSyncExternalStore(provider.subscribeStatus, provider.getStatus);
  const names = status.others.map((other) => other.name);
  return (
    <>
      <p className={`sharing-bar__state sharing-bar__state--${status.connection}`} role="status" data-connection={status.connection}>
        {t(`status.${status.connection}`)}
        {status.connection !== 'refused' && (
          <span className="sharing-bar__pending" data-pending={String(status.pending)}>
            {' · '}
            {status.pending ? t('status.pending') : t('status.synced')}
          </span>
        )}
      </p>
      {status.waiting && <p role="status">{t('status.waiting')}</p>}
      <p className="sharing-bar__others" aria-live="polite">
        {names.length > 0 ? t('bar.others', { names: names.join(', ') }) : t('bar.alone')}
      </p>
    </>
  );
}
