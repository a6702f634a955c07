import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { HighlightKind } from './highlightRanges';
import { supportsCustomHighlights } from '../../textRanges';
import { startLiveHighlighting, type CheckParagraphs, type LiveCheckStatus } from './liveHighlighting';
import './liveCheck.css';

const KINDS: readonly HighlightKind[] = ['verbatim', 'modified', 'new'];

interface Props {
  /** Checks paragraphs of the draft outside the window (a stable function); null turns live highlighting off. */
  check: CheckParagraphs | null;
}

/**
 * Live highlighting of agreed language in the draft, with its legend: each kind has its own
 * underline style as well as its colour, and the legend counts the paragraphs of each verdict in
 * words, for those who cannot tell the colours apart or do not see them.
 */
export function LiveCheckPlugin({ check }: Props) {
  const { t } = useTranslation('check');
  const [editor] = useLexicalComposerContext();
  const [status, setStatus] = useState<LiveCheckStatus | null>(null);
  const [failed, setFailed] = useState(false);
  const supported = supportsCustomHighlights();

  useEffect(() => {
    setStatus(null);
    setFailed(false);
    if (!check || !supported) return;
    return startLiveHighlighting(editor, check, setStatus, () => setFailed(true));
  }, [editor, check, supported]);

  if (!check) return null;
  return (
    <div className="live-check-legend" role="group" aria-label={t('live.legend')}>
      {KINDS.map((kind) => (
        <span key={kind} className={`live-check-legend__key live-check-legend__key--${kind}`}>
          {t(`live.kind.${kind}`)}
        </span>
      ))}
      <span className="live-check-legend__status" role="status" data-pending={status?.pending ?? true}>
        {!supported
          ? t('live.unsupported')
          : failed
            ? t('live.failed')
            : !status || status.pending
            ? t('live.checking')
            : t('live.summary', {
                verbatim: status.counts.verbatim,
                modified: status.counts.modified,
                new: status.counts.new,
                none: status.counts['no-precedents-in-language'],
              })}
      </span>
    </div>
  );
}
