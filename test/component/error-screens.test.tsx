import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DbErrorScreen } from '../../renderer/app/DbErrorScreen';
import { ErrorBoundary } from '../../renderer/app/ErrorBoundary';
import { renderWithMantine } from './support';

function Broken(): never {
  throw new Error('kaboom in the queue');
}

describe('error screens', () => {
  it('an area that fails to render shows what failed and how to report it, not a blank page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderWithMantine(
      <ErrorBoundary where="Orders">
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong in “Orders”');
    expect(screen.getByText(/kaboom in the queue/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy details' })).toBeTruthy();
  });

  it('a database that cannot open says why, that data is safe, and offers a retry', async () => {
    const onRetry = vi.fn();
    renderWithMantine(
      <DbErrorScreen failure="blocked" detail="blocked by another window" onRetry={onRetry} />,
    );
    expect(screen.getByText(/Another SalesDesk window or tab is still open/)).toBeTruthy();
    expect(screen.getByText('Your existing data has not been changed.')).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('each failure kind has its own message', () => {
    for (const failure of ['quota', 'upgrade', 'newer', 'unavailable'] as const) {
      const { unmount } = renderWithMantine(
        <DbErrorScreen failure={failure} detail="x" onRetry={() => {}} />,
      );
      expect(screen.getByTestId('db-error').textContent).not.toContain('dbError.');
      unmount();
    }
  });
});
