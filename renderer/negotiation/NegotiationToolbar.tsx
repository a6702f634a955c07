import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND } from 'lexical';
import { formatLabel } from '../../shared/negotiation/labels';
import { PARAGRAPH_STATUSES, type NegotiationMark, type ParagraphStatusValue } from '../../shared/negotiation/model';
import { DelegationsDialog } from './DelegationsDialog';
import { proposeAtSelection, renumberParagraphs, setParagraphStatus, setProposalNote, settleParagraphAlternative, settleProposal } from './negotiationCommands';
import { NEGOTIATION_SHORTCUTS, shortcutAction, type ShortcutAction } from './negotiationShortcuts';
import { sponsorNames, useNegotiationCaret } from './useNegotiationCaret';

const ACTIONS = Object.keys(NEGOTIATION_SHORTCUTS) as ShortcutAction[];

/** Commands of the negotiating text, each with its Alt+Shift shortcut; the paragraph's status; the proposals at the caret. */
export function NegotiationToolbar() {
  const { t } = useTranslation('negotiation');
  const [editor] = useLexicalComposerContext();
  const caret = useNegotiationCaret();
  const [sponsor, setSponsor] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [managing, setManaging] = useState(false);
  const sponsorRef = useRef(sponsor);
  sponsorRef.current = sponsor;

  const run = (action: ShortcutAction) => {
    const done = proposeAtSelection(editor, action, sponsorRef.current ? [sponsorRef.current] : []);
    setAnnouncement(t(done ? `announce.${action}` : 'announce.nothing'));
  };
  const runRef = useRef(run);
  runRef.current = run;

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const action = shortcutAction(event);
          if (!action) return false;
          event.preventDefault();
          runRef.current(action);
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );

  // A removed delegation is no longer offered.
  const sponsorKnown = caret.setup.delegations.some((delegation) => delegation.id === sponsor);
  const { paragraph } = caret;
  const label = paragraph?.negotiation.label ? formatLabel(caret.setup.prefixes, paragraph.section, paragraph.negotiation.label) : null;
  const keepFocus = (event: { preventDefault(): void }) => event.preventDefault();

  return (
    <div className="negotiation-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <label className="negotiation-toolbar__sponsor">
        <span>{t('toolbar.sponsor')}</span>
        <select value={sponsorKnown ? sponsor : ''} onChange={(event) => setSponsor(event.target.value)}>
          <option value="">{t('toolbar.nobody')}</option>
          {caret.setup.delegations.map((delegation) => (
            <option key={delegation.id} value={delegation.id}>
              {delegation.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => setManaging(true)}>
        {t('toolbar.delegations')}
      </button>
      {ACTIONS.map((action) => {
        const shortcut = t('shortcut', { key: NEGOTIATION_SHORTCUTS[action] });
        return (
          <button key={action} type="button" onMouseDown={keepFocus} onClick={() => run(action)} title={shortcut} aria-keyshortcuts={`Alt+Shift+${NEGOTIATION_SHORTCUTS[action]}`} data-action={action}>
            {t(`actions.${action}`)} <kbd>{shortcut}</kbd>
          </button>
        );
      })}
      <label className="negotiation-toolbar__status">
        <span>{label ? t('paragraph.status', { label }) : t('paragraph.noParagraph')}</span>
        <select
          disabled={!paragraph}
          value={paragraph?.negotiation.status?.value ?? ''}
          onChange={(event) => {
            if (!paragraph) return;
            const value = (event.target.value || null) as ParagraphStatusValue | null;
            setParagraphStatus(editor, paragraph.key, value);
            setAnnouncement(t('announce.status', { label, status: value ? t(`paragraph.statuses.${value}`) : t('paragraph.none') }));
          }}
        >
          <option value="">{t('paragraph.none')}</option>
          {PARAGRAPH_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`paragraph.statuses.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => renumberParagraphs(editor)} title={t('toolbar.renumberHint')}>
        {t('toolbar.renumber')}
      </button>
      {(caret.proposals.length > 0 || paragraph?.negotiation.alternative) && (
        <div className="negotiation-toolbar__here" role="group" aria-label={t('here.title')}>
          {caret.proposals.map(({ id, mark }) => (
            <span key={id} className="negotiation-toolbar__proposal" data-proposal={mark.kind}>
              <span>{describeMark(mark, caret.setup.delegations, t)}</span>
              <input
                key={mark.note ?? ''}
                className="negotiation-toolbar__note"
                defaultValue={mark.note ?? ''}
                placeholder={t('here.notePlaceholder')}
                aria-label={t('here.note')}
                maxLength={200}
                onBlur={(event) => setProposalNote(editor, id, event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key !== 'Enter') return;
                  event.preventDefault();
                  setProposalNote(editor, id, event.currentTarget.value);
                }}
              />
              <button type="button" onMouseDown={keepFocus} onClick={() => (settleProposal(editor, id, 'accept'), setAnnouncement(t('announce.accepted')))}>
                {t('actions.accept')}
              </button>
              <button type="button" onMouseDown={keepFocus} onClick={() => (settleProposal(editor, id, 'reject'), setAnnouncement(t('announce.rejected')))}>
                {t('actions.reject')}
              </button>
            </span>
          ))}
          {paragraph?.negotiation.alternative && (
            <span className="negotiation-toolbar__proposal" data-proposal="alternative">
              <span>{t('here.paragraphAlternative', { label: `${label} Alt ${paragraph.negotiation.alternative.index}` })}</span>
              <button type="button" onMouseDown={keepFocus} onClick={() => settleParagraphAlternative(editor, paragraph.key, 'accept')}>
                {t('actions.accept')}
              </button>
              <button type="button" onMouseDown={keepFocus} onClick={() => settleParagraphAlternative(editor, paragraph.key, 'reject')}>
                {t('actions.reject')}
              </button>
            </span>
          )}
        </div>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {managing && <DelegationsDialog setup={caret.setup} onClose={() => setManaging(false)} />}
    </div>
  );
}

function describeMark(mark: NegotiationMark, delegations: Parameters<typeof sponsorNames>[1], t: (key: string, options?: Record<string, unknown>) => string): string {
  const kind = mark.kind === 'alternative' ? t('here.kinds.alternative', { index: mark.index }) : t(`here.kinds.${mark.kind}`);
  return mark.sponsors.length > 0 ? t('here.by', { kind, sponsors: sponsorNames(mark.sponsors, delegations) }) : kind;
}
