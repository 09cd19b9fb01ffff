import { useEffect } from 'react';

/**
 * While `printing` is set, open the print dialog once the print view is in the document and laid out
 * (two frames, so the dialog's snapshot has it), and call `done` when printing ends.
 */
export function usePrint(printing: unknown, done: () => void) {
  useEffect(() => {
    if (!printing) return;
    window.addEventListener('afterprint', done, { once: true });
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => window.print());
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
      window.removeEventListener('afterprint', done);
    };
  }, [printing, done]);
}
