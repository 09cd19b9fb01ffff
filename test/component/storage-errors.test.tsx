import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { watchStorageErrors } from '../../renderer/app/storage-errors';

function rejection(reason: unknown) {
  const event = new Event('unhandledrejection', { cancelable: true }) as PromiseRejectionEvent;
  Object.defineProperty(event, 'reason', { value: reason });
  return event;
}

describe('storage errors', () => {
  it('a write refused for lack of disk space tells the user, once, that nothing was half saved', async () => {
    render(
      <MantineProvider>
        <Notifications />
      </MantineProvider>,
    );
    const stop = watchStorageErrors(window);
    const quota = rejection({ name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    act(() => {
      window.dispatchEvent(quota);
    });
    expect(quota.defaultPrevented).toBe(true);
    expect(await screen.findByText(/run out of storage space/)).toBeTruthy();

    const other = rejection(new Error('unrelated'));
    window.dispatchEvent(other);
    expect(other.defaultPrevented).toBe(false);
    stop();
  });
});
