import type { ReactNode } from 'react';
import { useWords } from '../lib/words/index.ts';
import './step-controls.css';

export interface StepControlsProps {
  readonly onStart: () => void;
  readonly onBack: () => void;
  readonly onForward: () => void;
  readonly canStart: boolean;
  readonly canBack: boolean;
  readonly canForward: boolean;
  /** Back and Forward are also ← and → on this page (announced with aria-keyshortcuts). */
  readonly arrowKeys?: boolean;
  /** Between Back and Forward: the replay's Play. */
  readonly middle?: ReactNode;
  /** After Forward: the rest of the bar (speed, scrubber, step, Latest, Branch here…). */
  readonly children?: ReactNode;
}

/**
 * Start · Back · (middle) · Forward · (the rest): the stepping buttons the simulator's replay bar
 * and a seat's replay of the exercise share; what each step does comes in as props.
 */
export function StepControls({ onStart, onBack, onForward, canStart, canBack, canForward, arrowKeys = false, middle, children }: StepControlsProps) {
  const { t } = useWords();
  return (
    <div className="step-controls">
      <button type="button" className="button" onClick={onStart} disabled={!canStart}>
        {t('replay.start')}
      </button>
      <button type="button" className="button" onClick={onBack} disabled={!canBack} aria-keyshortcuts={arrowKeys ? 'ArrowLeft' : undefined}>
        {t('replay.back')}
      </button>
      {middle}
      <button type="button" className="button" onClick={onForward} disabled={!canForward} aria-keyshortcuts={arrowKeys ? 'ArrowRight' : undefined}>
        {t('replay.forward')}
      </button>
      {children}
    </div>
  );
}
