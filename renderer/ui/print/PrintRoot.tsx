import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './print-root.css';

/** What goes on paper: rendered at the end of <body>, the only thing shown when printing. */
export function PrintRoot({ className, children }: { className?: string; children: ReactNode }) {
  return createPortal(
    <div className={['sd-print-root', className].filter(Boolean).join(' ')}>{children}</div>,
    document.body,
  );
}
