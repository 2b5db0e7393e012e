import { useEffect, useMemo } from 'react';
import { useWords } from '../lib/words/index.ts';

export interface RecoveryBannerProps {
  readonly message: string;
  readonly raw: string | null;
  readonly onDismiss: () => void;
}

/** Says what could not be opened and keeps that data one click away, so nothing is lost. */
export function RecoveryBanner({ message, raw, onDismiss }: RecoveryBannerProps) {
  const { t } = useWords();
  const href = useMemo(() => (raw === null ? null : URL.createObjectURL(new Blob([raw], { type: 'application/json' }))), [raw]);
  useEffect(() => () => {
    if (href) URL.revokeObjectURL(href);
  }, [href]);
  return (
    <div className="banner banner--warning" role="alert">
      <p>
        {message}
      </p>
      <div className="banner__actions">
        {href && (
          <a className="button" href={href} download="whn-unopened-session.json">
            {t('app.recovery.download')}
          </a>
        )}
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {t('app.dismiss')}
        </button>
      </div>
    </div>
  );
}
