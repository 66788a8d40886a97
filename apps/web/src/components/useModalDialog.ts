import { useEffect, useRef } from 'react';

/**
 * Opens a <dialog> as modal once mounted (focus moves in and stays in, the page behind is
 * inert) and reports its closing (Escape, or dialog.close()) to `onClose`.
 */
export function useModalDialog(onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.addEventListener('close', onClose);
    return () => dialog.removeEventListener('close', onClose);
  }, [onClose]);
  return ref;
}
