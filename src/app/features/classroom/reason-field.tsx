import { useId } from 'react';
import { MAX_REASON } from '../../../engine/classroom/index.ts';
import { useWords } from '../../lib/words/index.ts';

export interface ReasonFieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** The short reason every facilitator action asks for; it goes into the session log. */
export function ReasonField({ value, onChange }: ReasonFieldProps) {
  const { t } = useWords();
  const id = useId();
  return (
    <div className="reason-field">
      <label htmlFor={id}>{t('classroom.reason.label')}</label>
      <input id={id} className="input" required maxLength={MAX_REASON} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-hint`} />
      <span id={`${id}-hint`} className="muted">
        {t('classroom.reason.hint')}
      </span>
    </div>
  );
}
