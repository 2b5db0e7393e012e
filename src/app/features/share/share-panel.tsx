import { useMemo, useState } from 'react';
import { encodeShareLink } from '../../stores/persistence/share-link.ts';
import { exportSessionFile, formatBytes, sessionFileName } from '../../stores/persistence/index.ts';
import { downloadBlob } from '../../lib/download.ts';
import { sessionFileOf, useSessionActor } from '../../stores/session/index.ts';
import { useWords, WithLazyWords } from '../../lib/words/index.ts';
import './share-panel.css';

/**
 * Past this a link stops being a link: chat and mail clients cut it, and browsers refuse URLs of
 * about 2 MB (Chrome) or show them truncated. Such a session is shared as a file instead.
 */
export const SHARE_LINK_MAX_CHARS = 200_000;

/** The share link for the session as it is now, with a copy button and its size (or the file, when a link would be too long). */
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

  if (link.length > SHARE_LINK_MAX_CHARS) {
    const download = () => {
      const file = sessionFileOf(actor.getSnapshot().context);
      downloadBlob(exportSessionFile(file), sessionFileName(file));
    };
    return (
      <div className="share">
        <p role="status">{t('share.tooLarge', { size: formatBytes(link.length) })}</p>
        <div className="share__actions">
          <button type="button" className="button button--primary" onClick={download}>
            {t('share.downloadFile')}
          </button>
        </div>
      </div>
    );
  }

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
