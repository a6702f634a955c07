import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Splitter } from '../ui/Splitter';
import { usePaneLayout } from './PaneLayoutContext';
import { MIN_WIDTH, type SidePane as SidePaneId } from './paneLayout';

interface SidePaneProps {
  pane: SidePaneId;
  /** The pane's name, for its landmark, its splitter and its fold buttons. */
  name: string;
  /** A landmark of its own (the themes, the draft); the check panel is a dialog inside a plain box. */
  landmark: boolean;
  children: ReactNode;
}

/**
 * A pane beside the precedents, as wide as the layout says, with its splitter on the precedents'
 * side. The themes and the draft fold to a rail; folded, their content stays mounted (the draft
 * keeps its caret and undo history) but hidden.
 */
export function SidePane({ pane, name, landmark, children }: SidePaneProps) {
  const { t } = useTranslation('layout');
  const layout = usePaneLayout();
  const id = useId();
  const foldable = pane !== 'check';
  // The check panel is mounted only while open: its first frame comes before the layout hears it opened.
  const width = layout.fitted.widths[pane] ?? (foldable ? null : MIN_WIDTH.check);
  const folded = width === null;
  const atStart = pane === 'themes';
  const Box = landmark ? 'aside' : 'div';

  const splitter = !folded && (
    <Splitter
      label={t('pane.resize', { name })}
      orientation="vertical"
      sizes={atStart ? 'before' : 'after'}
      unit="px"
      value={width}
      min={MIN_WIDTH[pane]}
      max={layout.fitted.maxWidths[pane]}
      controls={id}
      onChange={(next) => layout.resize(pane, next)}
      onFold={foldable ? () => layout.setFolded(pane, true) : undefined}
    />
  );
  return (
    <>
      {!atStart && splitter}
      {foldable && folded && (
        <div className="pane-rail">
          <button type="button" className="pane-rail__button" aria-expanded="false" aria-controls={id} onClick={() => layout.setFolded(pane, false)} title={t('pane.unfold', { name })}>
            <span className="visually-hidden">{t('pane.unfold', { name })}</span>
            <span aria-hidden="true" className="pane-rail__name">
              {name}
            </span>
          </button>
        </div>
      )}
      <Box
        id={id}
        data-pane={pane === 'check' ? undefined : pane}
        tabIndex={landmark ? -1 : undefined}
        aria-label={landmark ? name : undefined}
        className="side-pane"
        hidden={folded}
        style={folded ? undefined : { width }}
      >
        {foldable && (
          <div className="side-pane__bar">
            <span className="side-pane__name">{name}</span>
            <button type="button" className="button button--ghost button--small" aria-expanded="true" aria-controls={id} onClick={() => layout.setFolded(pane, true)} title={t('pane.fold', { name })}>
              <span aria-hidden="true">{atStart ? '«' : '»'}</span>
              <span className="visually-hidden">{t('pane.fold', { name })}</span>
            </button>
          </div>
        )}
        {children}
      </Box>
      {atStart && splitter}
    </>
  );
}
