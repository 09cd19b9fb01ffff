import { type KeyboardEvent, useCallback, useLayoutEffect, useRef, useState } from 'react';

// One tab stop for a whole grid of buttons (the duty matrix, the absence calendar): Tab enters the grid
// at the cell last used, the arrow keys (and Home / End in a row) move within it. Cells carry
// data-row / data-col; the grid passes key events to `onArrow` first.

const moves: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

export function useRovingGrid<E extends HTMLElement>(rows: number, cols: number) {
  const [focus, setFocus] = useState({ row: 0, col: 0 });
  const ref = useRef<E>(null);
  const moved = useRef(false);

  // Focus follows an arrow key (only then: a re-render must not steal the focus).
  useLayoutEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    ref.current?.querySelector<HTMLElement>(`[data-row="${focus.row}"][data-col="${focus.col}"]`)?.focus();
  }, [focus]);

  /** Moves the focus for an arrow key, Home or End; true when the key was one of those. */
  const onArrow = useCallback(
    (event: KeyboardEvent<HTMLElement>): boolean => {
      const target = event.target as HTMLElement;
      const row = Number(target.dataset.row);
      const col = Number(target.dataset.col);
      if (Number.isNaN(row) || Number.isNaN(col)) return false;
      const move = moves[event.key];
      const next = move
        ? { row: row + move[0], col: col + move[1] }
        : event.key === 'Home'
          ? { row, col: 0 }
          : event.key === 'End'
            ? { row, col: cols - 1 }
            : null;
      if (!next) return false;
      event.preventDefault();
      moved.current = true;
      setFocus({
        row: Math.max(0, Math.min(rows - 1, next.row)),
        col: Math.max(0, Math.min(cols - 1, next.col)),
      });
      return true;
    },
    [rows, cols],
  );

  const at = { row: Math.min(focus.row, rows - 1), col: Math.min(focus.col, cols - 1) };
  return { ref, focus: at, setFocus, onArrow };
}
