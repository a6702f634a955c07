import { useTranslation } from 'react-i18next';

/** An active filter the user can see and remove. */
export function Chip({ label, onRemove }: { label: string; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <span className="chip">
      <span className="chip__label">{label}</span>
      <button type="button" className="chip__remove" onClick={onRemove} aria-label={t('ui.removeFilter', { label })}>
        <span aria-hidden="true">×</span>
      </button>
    </span>
  );
}
