import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftSummary } from '../../shared/draft/model';

interface Props {
  drafts: DraftSummary[];
  currentId: string | null;
  onOpen: (id: string) => void;
  onCreate: () => void;
  onDuplicate: () => void;
  onDelete: (id: string) => void;
}

/** Which draft is open, and the drafts' create / duplicate / delete. Deleting asks first, in the page. */
export function DraftListBar({ drafts, currentId, onOpen, onCreate, onDuplicate, onDelete }: Props) {
  const { t } = useTranslation('draft');
  const [confirming, setConfirming] = useState(false);
  const current = drafts.find((draft) => draft.id === currentId);

  return (
    <div className="draft-list-bar">
      <label>
        <span>{t('list.label')}</span>
        <select value={currentId ?? ''} onChange={(event) => onOpen(event.target.value)}>
          {currentId === null && <option value="" disabled />}
          {drafts.map((draft) => (
            <option key={draft.id} value={draft.id}>
              {draft.newerVersion ? t('list.newerVersion', { title: draft.title }) : draft.title.trim() || t('list.untitled')}
            </option>
          ))}
        </select>
      </label>
      {/* The buttons wrap together below the list, never one alone. */}
      <span className="draft-list-bar__actions">
        <button type="button" onClick={onCreate}>
          {t('list.new')}
        </button>
        <button type="button" onClick={onDuplicate} disabled={!current}>
          {t('list.duplicate')}
        </button>
        {confirming && current ? (
          <span role="group" aria-label={t('list.confirmDeleteLabel')} className="draft-list-bar__confirm">
            <span>{t('list.confirmDelete', { title: current.title.trim() || t('list.untitled') })}</span>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                onDelete(current.id);
              }}
            >
              {t('list.deleteConfirmed')}
            </button>
            <button type="button" onClick={() => setConfirming(false)} autoFocus>
              {t('list.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} disabled={!current}>
            {t('list.delete')}
          </button>
        )}
      </span>
    </div>
  );
}
