import { getHotkeyHandler, type HotkeyItem } from '@mantine/hooks';
import type { KeyboardEvent, ReactNode } from 'react';
import type { RecordFormHandle } from './use-record-form';

/**
 * The form element of a record form: Enter in a field saves (the browser submits), Ctrl/Cmd+Enter saves
 * from anywhere in it, a multi-line note included. The browser's own checks are off: the schema's apply.
 * A form whose Enter means something else in its fields (order entry: a new line) sets `enterSaves`
 * false, so a stray Enter in a field never saves half an order.
 */
export function RecordForm<V>(props: {
  record: RecordFormHandle<V>;
  children: ReactNode;
  testId?: string;
  enterSaves?: boolean;
  /** More shortcuts inside the form (e.g. Ctrl/Cmd+S for a draft). */
  hotkeys?: HotkeyItem[];
}) {
  const { record } = props;
  const shortcuts = getHotkeyHandler([['mod+Enter', () => record.submit()], ...(props.hotkeys ?? [])]);
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    shortcuts(event);
    const plainEnter = event.key === 'Enter' && !event.ctrlKey && !event.metaKey;
    if (props.enterSaves === false && plainEnter && event.target instanceof HTMLInputElement)
      event.preventDefault();
  };
  return (
    <form
      ref={record.formRef}
      onSubmit={record.submit}
      onKeyDown={onKeyDown}
      noValidate
      data-testid={props.testId}
    >
      {props.children}
    </form>
  );
}
