import type { HTMLAttributes, ReactNode, Ref } from 'react';

// The queue is a table to assistive technology (table › row › cell), but its rows are virtualised and
// laid out by a CSS grid, which table elements do not allow: these divs carry the table roles instead.

/** A row of the queue (the header row, an order, or "loading more"). */
export function RoleRow(props: HTMLAttributes<HTMLDivElement>) {
  // biome-ignore lint/a11y/useSemanticElements: a grid-positioned, virtualised row (see above)
  // biome-ignore lint/a11y/useFocusableInteractive: an order's row is focusable; the header row is not meant to be
  return <div role="row" {...props} />;
}

/** A cell of the queue, or with `header` a column header. */
export function RoleCell(props: { header?: boolean; className?: string; children?: ReactNode }) {
  return props.header ? (
    // biome-ignore lint/a11y/useSemanticElements: a grid-positioned cell (see above)
    // biome-ignore lint/a11y/useFocusableInteractive: column headers do not sort; nothing to focus
    <div role="columnheader" className={props.className}>
      {props.children}
    </div>
  ) : (
    // biome-ignore lint/a11y/useSemanticElements: a grid-positioned cell (see above)
    <div role="cell" className={props.className}>
      {props.children}
    </div>
  );
}

/** The scrolling body of the queue: the group of order rows. */
export function RoleRowGroup(props: HTMLAttributes<HTMLDivElement> & { ref?: Ref<HTMLDivElement> }) {
  // biome-ignore lint/a11y/useSemanticElements: the virtualised rows' scroll container (see above)
  return <div role="rowgroup" {...props} />;
}
