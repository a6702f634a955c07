import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompilationGrouping, CompilationSelection } from '../../shared/export/compilationGroups';
import { CompileDialog } from './CompileDialog';

interface Props {
  /** Null while there is nothing to compile; `unavailable` then says why. */
  selection: CompilationSelection | null;
  unavailable: string;
  defaultGroupBy: CompilationGrouping;
  className?: string;
  children: ReactNode;
}

/**
 * Opens the compilation dialog for precedents chosen elsewhere (table rows, a theme). Stays
 * focusable when it cannot act (aria-disabled), so keyboard and screen-reader users hear why.
 */
export function CompileToWordButton({ selection, unavailable, defaultGroupBy, className = 'button', children }: Props) {
  const { t } = useTranslation('export');
  const [compiling, setCompiling] = useState<CompilationSelection | null>(null);
  const [saved, setSaved] = useState('');
  return (
    <>
      <button
        type="button"
        className={className}
        aria-haspopup="dialog"
        aria-disabled={selection === null}
        title={selection === null ? unavailable : undefined}
        onClick={() => {
          if (selection) setCompiling(selection);
        }}
      >
        {children}
        {selection === null && <span className="visually-hidden"> ({unavailable})</span>}
      </button>
      <span className="export-result" role="status">
        {saved && t('result.saved', { location: saved })}
      </span>
      {compiling && (
        <Suspense fallback={null}>
          <CompileDialog
            selection={compiling}
            defaultGroupBy={defaultGroupBy}
            onSaved={(location) => {
              setSaved(location);
              setCompiling(null);
            }}
            onClose={() => setCompiling(null)}
          />
        </Suspense>
      )}
    </>
  );
}
