import { useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../../shared/corpus/model';
import { useCheckControls, type CheckResults } from './CheckContext';
import { CheckResultsView } from './CheckResultsView';
import { PhraseUsagePanel } from './PhraseUsagePanel';
import { WordDocumentCheck } from './word/WordDocumentCheck';

export interface FocusRequest {
  /** `status`: the message saying a check is under way, until its results come. */
  target: 'input' | 'results' | 'phrase' | 'status';
  /** Each request moves the focus again, even to the same place. */
  count: number;
}

interface Props {
  text: string;
  textLang: Lang | null;
  onTextChange(text: string): void;
  onTextLangChange(lang: Lang | null): void;
  onCheckText(): void;
  results: CheckResults | null;
  phrase: string;
  onLookUp(phrase: string): void;
  message: string;
  hasDraft: boolean;
  focusRequest: FocusRequest | null;
  onClose(): void;
}

/**
 * "Check text": a panel beside the workspace, not modal, so the delegate can keep the draft and
 * the precedents in view and act on them from a result. Escape closes it.
 */
export function CheckPanel(props: Props) {
  const { t } = useTranslation('check');
  const controls = useCheckControls();
  const titleId = useId();
  const textId = useId();
  const hintId = useId();
  const textBox = useRef<HTMLTextAreaElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const phraseInput = useRef<HTMLInputElement>(null);
  const status = useRef<HTMLParagraphElement>(null);

  // Before paint: results that come from the host arrive outside any event, and a passive effect
  // would move the focus only after the delegate may have clicked elsewhere.
  useLayoutEffect(() => {
    const target = { input: textBox, results: resultsHeading, phrase: phraseInput, status }[props.focusRequest?.target ?? 'input'];
    (target.current ?? textBox.current)?.focus();
  }, [props.focusRequest]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      props.onClose();
    }
  };

  return (
    <section id="check-panel" className="check-panel" role="dialog" aria-modal="false" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <header className="check-panel__header">
        <h2 id={titleId}>{t('panel.title')}</h2>
        <button type="button" className="button button--small" onClick={props.onClose}>
          {t('panel.close')}
        </button>
      </header>

      <form
        className="check-panel__form"
        onSubmit={(event) => {
          event.preventDefault();
          props.onCheckText();
        }}
      >
        <label htmlFor={textId}>{t('text.label')}</label>
        <textarea
          id={textId}
          ref={textBox}
          rows={6}
          value={props.text}
          aria-describedby={hintId}
          onChange={(event) => props.onTextChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              props.onCheckText();
            }
          }}
        />
        <p id={hintId} className="check-panel__hint">
          {t('text.hint')}
        </p>
        <div className="check-panel__row">
          <label>
            <span>{t('text.language')}</span>
            <select value={props.textLang ?? 'auto'} onChange={(event) => props.onTextLangChange(event.target.value === 'auto' ? null : (event.target.value as Lang))}>
              <option value="auto">{t('text.detect')}</option>
              {LANGS.map((lang) => (
                <option key={lang} value={lang}>
                  {t(`languages.${lang}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button button--primary">
            {t('text.check')}
          </button>
        </div>
      </form>

      <div className="check-panel__row" role="group" aria-label={t('panel.fromDraft')}>
        <button type="button" className="button" disabled={!props.hasDraft} onClick={controls.checkParagraphAtCaret}>
          {t('draft.checkParagraph')}
        </button>
        <button type="button" className="button" disabled={!props.hasDraft} onClick={controls.checkDraft}>
          {t('draft.checkDraft')}
        </button>
      </div>

      <p className="check-panel__message" role="status" tabIndex={-1} ref={status} data-check-status="">
        {props.message}
      </p>

      {props.results && <CheckResultsView results={props.results} headingRef={resultsHeading} />}

      <WordDocumentCheck />

      <PhraseUsagePanel phrase={props.phrase} onLookUp={props.onLookUp} inputRef={phraseInput} />
    </section>
  );
}
