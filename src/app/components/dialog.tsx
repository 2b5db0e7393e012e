import { useEffect, useId, useRef, type ReactNode } from 'react';
import './dialog.css';
import { useWords } from '../lib/words/index.ts';

export interface DialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** Extra class for sizing (e.g. "dialog--wide"). */
  readonly className?: string;
}

/**
 * A modal built on the native <dialog>: the browser traps focus, Escape closes it and
 * focus returns to the control that opened it.
 */
export function Dialog({ open, title, onClose, children, className }: DialogProps) {
  const { t } = useWords();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={['dialog', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <header className="dialog__header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="button button--quiet" onClick={onClose} aria-label={t('dialog.closeLabel', { title })}>
              {t('dialog.close')}
            </button>
          </header>
          <div className="dialog__body">{children}</div>
        </>
      )}
    </dialog>
  );
}
