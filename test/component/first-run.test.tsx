import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FirstRun } from '../../renderer/app/FirstRun';
import { createDatabase } from '../../renderer/db/database';
import { loadIdentity } from '../../renderer/db/identity';
import { renderWithMantine } from './render';

describe('first run', () => {
  it('refuses a bad prefix with a field message and saves nothing', async () => {
    const db = createDatabase(`fr-${crypto.randomUUID()}`);
    const onDone = vi.fn();
    renderWithMantine(<FirstRun db={db} onDone={onDone} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Machine name'), 'Front desk PC');
    const prefix = screen.getByLabelText('Order-number prefix');
    await user.clear(prefix);
    await user.type(prefix, 'A-1');
    await user.click(screen.getByRole('button', { name: 'Start with an empty office' }));
    expect(await screen.findByText('Prefix must be 1–6 letters or digits (A–Z, 0–9).')).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
    expect(await loadIdentity(db)).toBeUndefined();
  });

  it('requires a machine name', async () => {
    const db = createDatabase(`fr-${crypto.randomUUID()}`);
    renderWithMantine(<FirstRun db={db} onDone={vi.fn()} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Start with an empty office' }));
    expect(await screen.findByText('Machine name is required (at most 60 characters).')).toBeTruthy();
  });

  it('saves the identity and shows the order-number example for the chosen prefix', async () => {
    const db = createDatabase(`fr-${crypto.randomUUID()}`);
    const onDone = vi.fn();
    renderWithMantine(<FirstRun db={db} onDone={onDone} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Machine name'), 'Front desk PC');
    const prefix = screen.getByLabelText('Order-number prefix');
    await user.clear(prefix);
    await user.type(prefix, 'fd');
    expect(screen.getByText(/Orders will be numbered like FD-\d{8}-0042/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Start with an empty office' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await loadIdentity(db)).toMatchObject({ machineName: 'Front desk PC', orderPrefix: 'FD' });
  });
});
