import { useState } from 'react';
import { useWords } from '../../lib/words/index.ts';

/** The facilitator ends the exercise for every device (a second press confirms): everyone gets the debrief. */
export function EndExercise({ onEnd }: { readonly onEnd: () => void }) {
  const { t } = useWords();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button" onClick={() => setAsking(true)}>
        {t('network.end.button')}
      </button>
    );
  }
  return (
    <div className="network-end" role="group" aria-label={t('network.end.button')}>
      <p>{t('network.end.confirm')}</p>
      <button type="button" className="button button--primary" onClick={onEnd}>
        {t('network.end.yes')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
