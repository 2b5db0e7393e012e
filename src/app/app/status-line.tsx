/** The status line under the header: what just opened, and the last thing that could not be done. */
import { useSend, useSession } from '../stores/session/index.ts';
import { useWords } from '../lib/words/index.ts';

export function StatusLine({ welcome, onDismissWelcome }: { readonly welcome: string; readonly onDismissWelcome: () => void }) {
  const { t } = useWords();
  const send = useSend();
  const error = useSession((s) => s.error);
  return (
    <div className="app__status" role="status">
      {welcome && (
        <p className="notice">
          {welcome}{' '}
          <button type="button" className="button button--small button--quiet" onClick={onDismissWelcome}>
            {t('app.dismiss')}
          </button>
        </p>
      )}
      {error && (
        <p className="notice notice--error">
          {error}{' '}
          <button type="button" className="button button--small button--quiet" onClick={() => send({ type: 'notice.dismiss' })}>
            {t('app.dismiss')}
          </button>
        </p>
      )}
    </div>
  );
}
