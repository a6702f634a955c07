import { Suspense, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { NodeKey } from 'lexical';
import type { Lang } from '../../shared/corpus/model';
import { checkedParagraphs, reportOf } from '../../shared/export/draftCheckReport';
import { useParagraphCache } from '../app/corpus/ParagraphsContext';
import { checkParagraphIds } from '../../shared/check/checkParagraphIds';
import { useDraftBridge } from '../app/draftBridge';
import { getDeskHost } from '../host';
import type { PrecedentSource } from '../editor/nodes/PrecedentNode';
import { resolvePrecedents } from '../editor/resolvePrecedents';
import { useCheckPaneOpen } from '../layout/PaneLayoutContext';
import { SidePane } from '../layout/SidePane';
import { PrecedentOpenerProvider, usePrecedentOpener } from '../precedents/PrecedentOpener';
import { CheckControlsContext, MatchActionsContext, type CheckControls, type CheckedItem, type CheckResults, type MatchActions } from './CheckContext';
import { CheckPanel, type FocusRequest } from './CheckPanel';
import type { DraftEditorHandle } from './DraftEditorHandle';
import { checkInHost } from './checkInHost';
import { useCommand } from '../keyboard/CommandsContext';
import './check.css';

/**
 * The precedent check in the window: its panel beside the workspace, the header's "Check text"
 * button (placed in `toolsContainer`), the keyboard shortcut, and what results do to the draft and
 * the precedent browser. Wraps the workspace, so the browser below can be asked to open a precedent.
 */
export function CheckProvider({ toolsContainer, children }: { toolsContainer: HTMLElement | null; children: ReactNode }) {
  return (
    <PrecedentOpenerProvider>
      <CheckWorkspace toolsContainer={toolsContainer}>{children}</CheckWorkspace>
    </PrecedentOpenerProvider>
  );
}

function CheckWorkspace({ toolsContainer, children }: { toolsContainer: HTMLElement | null; children: ReactNode }) {
  const { t } = useTranslation('check');
  const paragraphs = useParagraphCache();
  const bridge = useDraftBridge();
  const opener = usePrecedentOpener();
  const draft = useRef<DraftEditorHandle | null>(null);
  const [hasDraft, setHasDraft] = useState(false);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [textLang, setTextLang] = useState<Lang | null>(null);
  const [results, setResults] = useState<CheckResults | null>(null);
  const [phrase, setPhrase] = useState('');
  const [message, setMessage] = useState('');
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const isOpen = useRef(false);
  const returnFocus = useRef<HTMLElement | null>(null);
  useCheckPaneOpen(open);

  const show = useCallback((target: FocusRequest['target']) => {
    // Closing gives the focus back to where the delegate was when the panel opened.
    if (!isOpen.current) returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    isOpen.current = true;
    setOpen(true);
    setFocusRequest((previous) => ({ target, count: (previous?.count ?? 0) + 1 }));
  }, []);

  const close = useCallback(() => {
    isOpen.current = false;
    setOpen(false);
    returnFocus.current?.focus();
  }, []);

  /**
   * Runs a check in the host and shows its results. The focus moves to the panel at once, onto its
   * "Checking…" message, not when the host answers (keys typed in the draft meanwhile would be
   * taken from it); to the results when they come, if it is still there. A newer check wins.
   */
  const latest = useRef(0);
  const showCheck = useCallback(
    (run: () => Promise<CheckResults>, emptyMessage: string) => {
      const request = ++latest.current;
      setResults(null);
      setMessage(t('messages.checking'));
      show('status');
      // The precedents the results name come with them, so the results show whole, at once.
      const withParagraphs = async () => {
        const found = await run();
        await paragraphs.load(checkParagraphIds(found.items.map((item) => item.check))).catch(() => undefined);
        return found;
      };
      withParagraphs().then(
        (found) => {
          if (request !== latest.current) return;
          setResults(found);
          setMessage(found.items.length === 0 ? emptyMessage : '');
          if (document.activeElement instanceof HTMLElement && document.activeElement.dataset.checkStatus !== undefined) show('results');
        },
        (error: unknown) => {
          if (request !== latest.current) return;
          setMessage(t('messages.checkFailed', { message: error instanceof Error ? error.message : String(error) }));
        },
      );
    },
    [show, t, paragraphs],
  );

  const checkText = useCallback(
    (value: string, lang: Lang | null) =>
      showCheck(async () => {
        const checks = await getDeskHost().checkText({ text: value, lang });
        return { source: 'text', items: checks.map((check) => ({ id: `text-${check.index}`, check, blockKey: null, place: null })) };
      }, t('messages.nothingToCheck')),
    [showCheck, t],
  );

  const controls = useMemo<CheckControls>(
    () => ({
      openPanel: () => show('input'),
      checkParagraphAtCaret() {
        const handle = draft.current;
        const block = handle?.blockAtCaret();
        if (!handle || !block) {
          setMessage(t('messages.noCaret'));
          show('results');
          return;
        }
        const lang = handle.lang();
        showCheck(async () => {
          const [check] = await checkInHost(getDeskHost(), [block.text], lang);
          return { source: 'paragraph', items: [{ id: `block-${block.key}`, check: check!, blockKey: block.key, place: null }] };
        }, '');
      },
      checkDraft() {
        const handle = draft.current;
        if (!handle) return;
        // The projection and the blocks list the same paragraphs in the same order; a paragraph with
        // alternatives of wording is checked once per alternative, each result acting on its block.
        const blocks = handle.checkedBlocks();
        const paragraphs = checkedParagraphs(handle.content());
        const lang = handle.lang();
        showCheck(async () => {
          const report = reportOf(paragraphs, await checkInHost(getDeskHost(), paragraphs.map((paragraph) => paragraph.text), lang));
          const items = report.entries.map((entry, i): CheckedItem => {
            const block = blocks[paragraphs[i]!.paragraphIndex];
            return {
              id: `block-${block?.key ?? i}-${i}`,
              check: entry.check,
              blockKey: block?.key ?? null,
              place: { section: entry.section, position: entry.position, ...(entry.label ? { label: entry.label } : {}) },
            };
          });
          return { source: 'draft', items };
        }, t('messages.emptyDraft'));
      },
      lookUpDraftSelection() {
        const selected = draft.current?.selectedText() ?? '';
        if (selected) setPhrase(selected);
        else setMessage(t('messages.noSelection'));
        show('phrase');
      },
      setDraftEditor(handle) {
        draft.current = handle;
        setHasDraft(handle !== null);
      },
    }),
    [showCheck, show, t],
  );

  const actions = useMemo<MatchActions>(() => {
    /** Edits the checked draft paragraph with the matched source (from the host); null when there was nothing to edit. */
    const editCheckedBlock = async (item: CheckedItem, paragraphId: string, edit: (handle: DraftEditorHandle, blockKey: NodeKey, source: PrecedentSource) => boolean) => {
      const index = await paragraphs.indexWith([paragraphId]).catch(() => paragraphs.index);
      const [source] = resolvePrecedents(index, [paragraphId], item.check.lang).sources;
      const { blockKey } = item;
      if (!source || !blockKey) return null;
      const handle = draft.current;
      if (!handle) {
        setMessage(t('messages.noDraft'));
        return null;
      }
      return { blockKey, edited: edit(handle, blockKey, source) };
    };
    return {
      async citeParagraph(item, paragraphId) {
        const outcome = await editCheckedBlock(item, paragraphId, (handle, blockKey, source) => handle.citeBlockAs(blockKey, source));
        if (outcome) setMessage(t(outcome.edited ? 'messages.paragraphCited' : 'messages.paragraphGone'));
      },
      async replaceParagraph(item, paragraphId) {
        const outcome = await editCheckedBlock(item, paragraphId, (handle, blockKey, source) => handle.replaceBlockWithPrecedent(blockKey, source));
        if (!outcome) return;
        if (!outcome.edited) return setMessage(t('messages.paragraphGone'));
        const { blockKey } = outcome;
        // The result now shows the paragraph as it reads in the draft.
        const handle = draft.current;
        const block = handle?.checkedBlocks().find((candidate) => candidate.key === blockKey);
        if (handle && block) {
          void checkInHost(getDeskHost(), [block.text], handle.lang()).then(([check]) => {
            if (check) setResults((current) => current && { ...current, items: current.items.map((entry) => (entry.blockKey === blockKey ? { ...entry, check } : entry)) });
          }, () => undefined); // Not checked again: the result shown stays the one from before the replacement.
        }
        setMessage(t('messages.paragraphReplaced'));
      },
      insertAgreedText(paragraphId) {
        if (!bridge) return;
        bridge.insertPrecedents([paragraphId]);
        setMessage(t('messages.agreedTextInserted'));
      },
      openPrecedent: opener ? (paragraphId) => opener.open(paragraphId) : null,
      lookUpPhrase(value) {
        setPhrase(value);
        show('phrase');
      },
    };
  }, [bridge, paragraphs, opener, show, t]);

  // In the draft: the paragraph at the caret, or the selected words; elsewhere "Check text".
  useCommand('check.paragraph', () => {
    const handle = draft.current;
    if (!handle?.holdsFocus()) controls.openPanel();
    else if (handle.selectedText()) controls.lookUpDraftSelection();
    else controls.checkParagraphAtCaret();
  });
  useCommand('check.draft', hasDraft ? controls.checkDraft : null);
  useCommand('check.text', controls.openPanel);

  return (
    <CheckControlsContext value={controls}>
      <MatchActionsContext value={actions}>
        {toolsContainer &&
          createPortal(
            <button type="button" className="button" aria-expanded={open} aria-controls="check-panel" title={t('open.shortcut')} onClick={open ? close : controls.openPanel}>
              {t('open.button')}
            </button>,
            toolsContainer,
          )}
        <div className="check-layout">
          {children}
          {open && (
            <SidePane pane="check" name={t('panel.title')} landmark={false}>
              <Suspense fallback={null}>
                <CheckPanel
                  text={text}
                  textLang={textLang}
                  onTextChange={setText}
                  onTextLangChange={setTextLang}
                  onCheckText={() => checkText(text, textLang)}
                  results={results}
                  phrase={phrase}
                  onLookUp={actions.lookUpPhrase}
                  message={message}
                  hasDraft={hasDraft}
                  focusRequest={focusRequest}
                  onClose={close}
                />
              </Suspense>
            </SidePane>
          )}
        </div>
      </MatchActionsContext>
    </CheckControlsContext>
  );
}
