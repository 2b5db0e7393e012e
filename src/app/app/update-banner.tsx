import { useState } from 'react';
import { useWords } from '../lib/words/index.ts';
import { applyUpdate, useUpdateReady } from './app-update.ts';

/** "A new version is ready": shown once a new build waits; the page reloads only on Reload. */
export function UpdateBanner() {
  const { t } = useWords();
  const ready = useUpdateReady();
  const [reloading, setReloading] = useState(false);
  if (!ready) return null;
  return (
    <div className="banner banner--info" role="status">
      <p>{t('app.update.ready')}</p>
      <div className="banner__actions">
        <button
          type="button"
          className="button"
          disabled={reloading}
          onClick={() => {
            setReloading(true);
            void applyUpdate();
          }}
        >
          {t('app.update.reload')}
        </button>
      </div>
    </div>
  );
}
