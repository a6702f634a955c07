import type { ReactNode } from 'react';

export function Badge({ tone = 'neutral', title, children }: { tone?: 'neutral' | 'warning' | 'info'; title?: string; children: ReactNode }) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  );
}
