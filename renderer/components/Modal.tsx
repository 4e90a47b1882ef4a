// A modal dialog (the browser's own <dialog>: focus is trapped, Escape closes it). Closed, it gives
// the focus back to where it was, unless what the dialog did put it somewhere on purpose.
import { useEffect, useRef, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  className?: string;
  onClose: () => void;
  children: ReactNode;
}

export function Modal({ title, className, onClose, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const before = document.activeElement;
    if (!ref.current?.open) ref.current?.showModal();
    return () => {
      // the dialog is gone, and the focus with it (to the page's body) unless a command moved it
      const now = document.activeElement;
      const lost = now === null || now === document.body || !now.isConnected;
      if (lost && before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  return (
    <dialog ref={ref} className={`dialog ${className ?? ''}`} aria-label={title} onClose={onClose} onCancel={onClose}>
      {children}
    </dialog>
  );
}
