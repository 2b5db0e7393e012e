import { useMemo, useState } from 'react';
import { encodeShareLink } from '../../stores/persistence/share-link.ts';
import { sessionFileOf, useSessionActor } from '../../stores/session/index.ts';
import { useWords, WithLazyWords } from '../../lib/words/index.ts';
import './share-panel.css';

/** The share link for the session as it is now, with a copy button and its size. */
export function SharePanel() {
  return (
    <WithLazyWords>
      <ShareLink />
    </WithLazyWords>
  );
}

function ShareLink() {
  const { t, format } = useWords();
  const actor = useSessionActor();
  // The panel lives in a modal, so the session cannot change while it is open.
  const link = useMemo(() => {
    const url = new URL(window.location.href);
    url.hash = encodeShareLink(sessionFileOf(actor.getSnapshot().context)).slice(1);
    return url.toString();
  }, [actor]);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  return (
    <div className="share">
      <p>{t('share.intro')}</p>
      <label htmlFor="share-link" className="share__label">
        {t('share.link', { size: format.number(Math.ceil(link.length / 1024)) })}
      </label>
      <textarea id="share-link" className="input share__link" readOnly value={link} rows={3} onFocus={(event) => event.target.select()} />
      <div className="share__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            if (!navigator.clipboard) {
              setCopied('no');
              return;
            }
            navigator.clipboard.writeText(link).then(
              () => setCopied('yes'),
              () => setCopied('no'),
            );
          }}
        >
          {t('share.copy')}
        </button>
        <span role="status">{copied === 'yes' ? t('share.copied') : copied === 'no' ? t('share.notCopied') : ''}</span>
      </div>
    </div>
  );
}
