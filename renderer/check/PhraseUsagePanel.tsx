import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { detectLanguage } from '../../shared/check/detectLanguage';
import type { PhraseUsage } from '../../shared/check/model';
import { useHeldParagraphs, useParagraphCache } from '../app/corpus/ParagraphsContext';
import { getDeskHost } from '../host';
import { useMatchActions } from './CheckContext';
import { phraseExcerpt } from './phraseExcerpt';
import { useCitation } from './useCitation';

/** Precedents listed at most; the count and the years cover them all. */
const LISTED = 30;

/** The words last selected in the check panel or in the draft (a click on a button must not lose them). */
function useLastSelectedWords(): RefObject<string> {
  const last = useRef('');
  useEffect(() => {
    const onSelectionChange = () => {
      const selection = document.getSelection();
      const text = selection?.toString().trim() ?? '';
      const node = selection?.anchorNode;
      const element = node instanceof Element ? node : node?.parentElement;
      if (text && element?.closest('.check-panel, .draft-editor__input')) last.current = text;
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, []);
  return last;
}

/** "How established is this phrase": in how many precedents it appears, in which years (first and last use), and which. */
export function PhraseUsagePanel({ phrase, onLookUp, inputRef }: { phrase: string; onLookUp(phrase: string): void; inputRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation('check');
  const cite = useCitation();
  const actions = useMatchActions();
  const headingId = useId();
  const [input, setInput] = useState(phrase);
  const lastSelected = useLastSelectedWords();
  useEffect(() => setInput(phrase), [phrase]);

  const usage = usePhraseUsage(phrase);
  const index = useHeldParagraphs();
  const lang = detectLanguage(phrase) ?? 'fr';

  return (
    <section className="phrase-usage" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('phrase.heading')}</h3>
      <form
        className="check-panel__row"
        onSubmit={(event) => {
          event.preventDefault();
          onLookUp(input.trim());
        }}
      >
        <label className="phrase-usage__input">
          <span>{t('phrase.label')}</span>
          <input ref={inputRef} type="search" value={input} onChange={(event) => setInput(event.target.value)} />
        </label>
        <button type="submit" className="button button--primary">
          {t('phrase.lookUp')}
        </button>
        <button type="button" className="button" onClick={() => lastSelected.current && onLookUp(lastSelected.current)}>
          {t('phrase.useSelection')}
        </button>
      </form>
      {usage && 'failed' in usage && (
        <p role="status" className="phrase-usage__result">
          {t('messages.checkFailed', { message: usage.failed })}
        </p>
      )}
      {usage && !('failed' in usage) && (
        <div className="phrase-usage__result">
          <p role="status">
            {usage.count === 0
              ? t('phrase.none', { phrase: usage.phrase })
              : t('phrase.summary', { count: usage.count, phrase: usage.phrase, first: usage.firstYear, last: usage.lastYear })}
          </p>
          {usage.years.length > 0 && (
            <p className="phrase-usage__years">
              {t('phrase.years')} {usage.years.map((year) => t('phrase.year', { year: year.year, count: year.count })).join(', ')}
            </p>
          )}
          <ul className="phrase-usage__list">
            {usage.paragraphIds.slice(0, LISTED).map((id) => {
              const paragraph = index.paragraphs.get(id);
              const text = paragraph?.text[lang] ?? '';
              const excerpt = phraseExcerpt(text, usage.phrase);
              return (
                <li key={id}>
                  <span lang={lang} className="phrase-usage__citation">
                    {cite(id, lang)}
                  </span>
                  {paragraph?.compendiumRef && <span className="check-ref"> {paragraph.compendiumRef}</span>}{' '}
                  <span className="phrase-usage__year">{index.documents.get(paragraph?.docId ?? '')?.year}</span>
                  {excerpt && (
                    <q lang={lang} className="phrase-usage__excerpt">
                      {excerpt.before}
                      <mark>{excerpt.match}</mark>
                      {excerpt.after}
                    </q>
                  )}
                  {actions.openPrecedent && (
                    <button type="button" className="button button--small button--link" onClick={() => actions.openPrecedent?.(id)}>
                      {t('match.open')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          {usage.count > LISTED && <p className="muted">{t('phrase.more', { count: usage.count - LISTED })}</p>}
        </div>
      )}
    </section>
  );
}

/** Looked up in the host (the check's index is there), then the paragraphs listed; the last phrase asked for wins. */
function usePhraseUsage(phrase: string): PhraseUsage | { failed: string } | null {
  const paragraphs = useParagraphCache();
  const [found, setFound] = useState<{ phrase: string; usage: PhraseUsage | { failed: string } } | null>(null);
  useEffect(() => {
    if (!phrase.trim()) return;
    let current = true;
    getDeskHost()
      .phraseUsage({ phrase })
      .then(async (usage) => {
        await paragraphs.load(usage.paragraphIds.slice(0, LISTED));
        return usage;
      })
      .then(
        (usage) => current && setFound({ phrase, usage }),
        (error: unknown) => current && setFound({ phrase, usage: { failed: error instanceof Error ? error.message : String(error) } }),
      );
    return () => {
      current = false;
    };
  }, [phrase, paragraphs]);
  return phrase.trim() && found?.phrase === phrase ? found.usage : null;
}
