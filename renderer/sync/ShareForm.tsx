import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { syncServerOrigin } from '../../shared/sync/invitation';
import { useErrorText } from '../messages/useErrorText';

interface Props {
  defaultName: string;
  onShare: (server: string, name: string) => Promise<void>;
  onCancel: () => void;
}

export function ShareForm({ defaultName, onShare, onCancel }: Props) {
  const { t } = useTranslation('sync');
  const errorText = useErrorText();
  const [server, setServer] = useState('ws://127.0.0.1:4444');
  const [name, setName] = useState(defaultName);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (syncServerOrigin(server.trim()) === null) return setProblem(t('share.badServer'));
    if (name.trim() === '') return setProblem(t('share.needName'));
    setBusy(true);
    onShare(server.trim(), name.trim()).catch((error: unknown) => {
      setBusy(false);
      setProblem(t('share.failed', { reason: errorText(error) }));
    });
  };
  return (
    <form className="sharing-form" aria-label={t('share.title')} onSubmit={submit}>
      <label>
        <span>{t('share.server')}</span>
        {/* Opened from its button or the palette, the form is where the delegate goes next. */}
        <input type="text" value={server} onChange={(event) => setServer(event.target.value)} aria-describedby="share-server-hint" autoFocus />
      </label>
      <small id="share-server-hint">{t('share.serverHint')}</small>
      <label>
        <span>{t('share.name')}</span>
        <input type="text" value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      {problem && <p role="alert">{problem}</p>}
      <div className="sharing-form__buttons">
        <button type="submit" disabled={busy}>
          {t('share.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('share.cancel')}
        </button>
      </div>
    </form>
  );
}
