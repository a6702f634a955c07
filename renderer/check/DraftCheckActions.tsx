import { useTranslation } from 'react-i18next';
import { useSetting } from '../app/settings/SettingsContext';
import { useCheckControls } from './CheckContext';
import { LIVE_HIGHLIGHTING_KEY, parseLiveHighlighting } from './liveHighlightingSetting';

/** The check's buttons in the draft's header: this paragraph, the whole draft, and live highlighting (remembered). */
export function DraftCheckActions() {
  const { t } = useTranslation('check');
  const controls = useCheckControls();
  const [live, setLive] = useSetting(LIVE_HIGHLIGHTING_KEY, parseLiveHighlighting);
  return (
    <div className="draft-check-actions" role="group" aria-label={t('draft.group')}>
      <button type="button" className="button button--small" title={t('draft.checkParagraphHint')} onClick={controls.checkParagraphAtCaret}>
        {t('draft.checkParagraph')}
      </button>
      <button type="button" className="button button--small" onClick={controls.checkDraft}>
        {t('draft.checkDraft')}
      </button>
      <button type="button" className="button button--small" aria-pressed={live} onClick={() => setLive(!live)}>
        {t('draft.liveHighlighting')}
      </button>
    </div>
  );
}
