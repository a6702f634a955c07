import { diffWords } from 'diff';
import { useMemo } from 'react';

/** Word-level differences between the quoted text and a variant printed elsewhere. */
export function VariantDiff({ from, to, lang }: { from: string; to: string; lang: string }) {
  const parts = useMemo(() => diffWords(from, to), [from, to]);
  return (
    <p className="variant-diff" lang={lang}>
      {parts.map((part, i) =>
        part.added ? (
          <ins key={i}>{part.value}</ins>
        ) : part.removed ? (
          <del key={i}>{part.value}</del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
}
