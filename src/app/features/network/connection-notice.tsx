import type { RoomStatus, ShownRefusal } from '../../stores/room/index.ts';
import { useWords } from '../../lib/words/index.ts';

export interface ConnectionNoticeProps {
  readonly status: RoomStatus;
  /** The server's latest refusal of this device's messages, until dismissed. */
  readonly refusal: ShownRefusal | null;
  readonly onDismiss: () => void;
  readonly onRetry: () => void;
  readonly onRejoin: () => void;
}

/** Says what is wrong with the connection, and what the server refused, in words; nothing when all is well. */
export function ConnectionNotice({ status, refusal, onDismiss, onRetry, onRejoin }: ConnectionNoticeProps) {
  const { t } = useWords();
  return (
    <>
      <div className="network-notice" role="status" aria-live="polite">
        {status.kind === 'reconnecting' && (
          <p className="notice notice--warning" data-testid="reconnecting">
            {t('network.notice.reconnecting', { attempt: status.attempt, attempts: status.attempts })}
          </p>
        )}
        {status.kind === 'connecting' && <p className="muted">{t('network.notice.connecting')}</p>}
      </div>
      {(status.kind === 'unreachable' || status.kind === 'kicked' || status.kind === 'replaced' || status.kind === 'refused') && (
        <div className="notice notice--error network-notice__problem" role="alert">
          <p>{status.kind === 'replaced' ? t('network.notice.replaced') : status.kind === 'kicked' ? t('network.notice.kicked') : status.message}</p>
          {status.kind === 'unreachable' && (
            <button type="button" className="button" onClick={onRetry}>
              {t('network.notice.retry')}
            </button>
          )}
          {status.kind !== 'unreachable' && (
            <button type="button" className="button" onClick={onRejoin}>
              {t('network.notice.rejoin')}
            </button>
          )}
        </div>
      )}
      {refusal && (
        <div className="notice notice--error network-notice__problem" role="alert" data-testid="refusal">
          <p>{t('network.notice.refused', { message: refusal.text })}</p>
          <button type="button" className="button button--small" onClick={onDismiss}>
            {t('network.notice.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
