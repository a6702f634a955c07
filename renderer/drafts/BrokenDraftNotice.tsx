import { useTranslation } from 'react-i18next';
import type { DraftBackup } from '../../shared/host/DeskHost';
import type { HostErrorInfo } from '../../shared/host/hostError';
import { HostErrorMessage } from '../messages/HostErrorMessage';

interface Props {
  error: HostErrorInfo;
  /** The file's format version when a newer app made it: it was left in place and has no backup to offer. */
  newerVersion: number | null;
  setAsideAs: string | null;
  backups: DraftBackup[];
  onOpenBackup: (backup: string) => void;
  onCreate: () => void;
}

/** A draft that cannot be read: what is wrong, where the file was put, and the backups to go back to. */
export function BrokenDraftNotice({ error, newerVersion, setAsideAs, backups, onOpenBackup, onCreate }: Props) {
  const { t, i18n } = useTranslation('draft');
  const dateTime = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long', timeStyle: 'medium' });
  return (
    <div className="broken-draft" role="alert">
      <HostErrorMessage lead={t('broken.message')} error={error} />
      {setAsideAs && <p>{t('broken.setAside', { file: setAsideAs })}</p>}
      {newerVersion !== null ? null : backups.length > 0 ? (
        <>
          <p>{t('broken.backups')}</p>
          <ul>
            {backups.map((backup) => (
              <li key={backup.name}>
                <button type="button" onClick={() => onOpenBackup(backup.name)}>
                  {t('broken.openBackup', { date: dateTime.format(new Date(backup.savedAt)) })}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('broken.noBackups')}</p>
      )}
      <button type="button" onClick={onCreate}>
        {t('list.new')}
      </button>
    </div>
  );
}
