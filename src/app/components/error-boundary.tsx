/**
 * Catches a render error in one part of the screen and shows what happened with a way out, instead
 * of React unmounting the whole page (which a restored session would repeat on every reload).
 * UI only: what "download" and "start fresh" do comes in as props (the app layer passes the session's).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useWords } from '../lib/words/index.ts';

export interface ErrorBoundaryProps {
  /** What failed, for the message: "The What happens next panel", "The simulator". */
  readonly label: string;
  /** When this changes (another node, another session), the part is tried again. */
  readonly resetKey?: unknown;
  /** Downloads what the user was working on, so nothing is lost. */
  readonly onDownload: () => void;
  /** Starts afresh (the failing work stays saved); the part is then tried again. */
  readonly onFresh: () => void;
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly error: Error | null;
  readonly resetKey: unknown;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for a bug report; the user sees the fallback.
    console.error(`${this.props.label} failed:`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const retry = () => this.setState({ error: null });
    const fresh = () => {
      this.props.onFresh();
      retry();
    };
    return <ErrorFallback label={this.props.label} message={error.message} onDownload={this.props.onDownload} onFresh={fresh} onRetry={retry} />;
  }
}

interface ErrorFallbackProps {
  readonly label: string;
  readonly message: string;
  readonly onDownload: () => void;
  readonly onFresh: () => void;
  readonly onRetry: () => void;
}

function ErrorFallback({ label, message, onDownload, onFresh, onRetry }: ErrorFallbackProps) {
  const { t, rich } = useWords();
  return (
    <div className="banner banner--warning error-boundary" role="alert">
      <p>
        <strong>{t('error.title', { label })}</strong> {rich('error.body', { message, em: (chunks) => <em>{chunks}</em> })}
      </p>
      <div className="banner__actions">
        <button type="button" className="button" onClick={onDownload}>
          {t('error.download')}
        </button>
        <button type="button" className="button" onClick={onFresh}>
          {t('error.fresh')}
        </button>
        <button type="button" className="button button--quiet" onClick={onRetry}>
          {t('error.retry')}
        </button>
      </div>
    </div>
  );
}
