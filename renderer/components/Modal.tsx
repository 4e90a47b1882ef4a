// A modal dialog (the browser's own <dialog>: focus is trapped, Escape closes it).
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
    if (!ref.current?.open) ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} className={`dialog ${className ?? ''}`} aria-label={title} onClose={onClose} onCancel={onClose}>
      {children}
    </dialog>
  );
}
