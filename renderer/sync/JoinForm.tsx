import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseInvitation, type Invitation } from '../../shared/sync/invitation';
import { useErrorText } from '../messages/useErrorText';

interface Props {
  defaultName: string;
  onJoin: (invitation: Invitation, name: string) => Promise<void>;
  onCancel: () => void;
}

export function JoinForm({ defaultName, onJoin, onCancel }: Props) {
  const { t } = useTranslation('sync');
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const [name, setName] = useState(defaultName);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = parseInvitation(text);
    if (!read.ok) return setProblem(t(`join.problem.${read.problem}`));
    if (name.trim() === '') return setProblem(t('join.needName'));
    setBusy(true);
    onJoin(read.invitation, name.trim()).catch((error: unknown) => {
      setBusy(false);
      setProblem(t('join.failed', { reason: errorText(error) }));
    });
  };
  return (
    <form className="sharing-form" aria-label={t('join.title')} onSubmit={submit}>
      <label>
        <span>{t('join.invitation')}</span>
        <textarea value={text} rows={3} onChange={(event) => setText(event.target.value)} />
      </label>
      <label>
        <span>{t('join.name')}</span>
        <input type="text" value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      {problem && <p role="alert">{problem}</p>}
      <div className="sharing-form__buttons">
        <button type="submit" disabled={busy}>
          {t('join.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('join.cancel')}
        </button>
      </div>
    </form>
  );
}
