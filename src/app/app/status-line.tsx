/** The status line under the header: what just opened, and the last thing that could not be done. */
import { useSend, useSession } from '../stores/session/index.ts';

export function StatusLine({ welcome, onDismissWelcome }: { readonly welcome: string; readonly onDismissWelcome: () => void }) {
  const send = useSend();
  const error = useSession((s) => s.error);
  return (
    <div className="app__status" role="status">
      {welcome && (
        <p className="notice">
          {welcome}{' '}
          <button type="button" className="button button--small button--quiet" onClick={onDismissWelcome}>
            Dismiss
          </button>
        </p>
      )}
      {error && (
        <p className="notice notice--error">
          {error}{' '}
          <button type="button" className="button button--small button--quiet" onClick={() => send({ type: 'notice.dismiss' })}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
