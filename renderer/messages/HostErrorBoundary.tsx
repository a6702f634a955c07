import { Component, type ReactNode } from 'react';
import type { HostErrorInfo } from '../../shared/host/hostError';
import { HostErrorNotice } from './HostErrorNotice';
import { toHostErrorInfo } from './hostErrorInfo';

interface Props {
  /** What failed, worded by the caller ("The paragraph could not be loaded."). */
  lead: string;
  /** Done before the part renders again on "Retry" (letting a failed call be made again). */
  onRetry?: () => void;
  children: ReactNode;
}

/**
 * A host call that failed while its part of the window was rendering (a paragraph asked for by id):
 * the host's reason in the interface language where that part was, and a retry where one can work.
 */
export class HostErrorBoundary extends Component<Props, { error: HostErrorInfo | null }> {
  override state: { error: HostErrorInfo | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: HostErrorInfo } {
    return { error: toHostErrorInfo(error) };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <HostErrorNotice
        lead={this.props.lead}
        error={error}
        onRetry={() => {
          this.props.onRetry?.();
          this.setState({ error: null });
        }}
      />
    );
  }
}
