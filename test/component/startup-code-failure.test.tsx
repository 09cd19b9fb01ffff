import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import en from '../../renderer/i18n/locales/en.json';
import { freshSession } from '../unit/db/fixtures';
import { renderScreen } from './support';

// A screen's code that fails to load (a file missing after a broken update, a disk error) must end in the
// error report — what failed, that the data is safe, a reload — and never in a blank window, whether the
// screen is the first-run screen or the app's frame.

type Opened = Awaited<ReturnType<typeof import('../../renderer/db/session').openDatabase>>;
const opens = vi.hoisted(() => ({ next: undefined as unknown }));
vi.mock('../../renderer/db/session', async (actual) => ({
  ...(await actual<typeof import('../../renderer/db/session')>()),
  openDatabase: async () => opens.next,
}));
// (Each import fails; vitest reports it wrapped in a message of its own, so the tests look for the report.)
vi.mock('../../renderer/app/FirstRun', () => {
  throw new Error('Failed to fetch dynamically imported module: FirstRun');
});
vi.mock('../../renderer/app/AppLayout', () => {
  throw new Error('Failed to fetch dynamically imported module: AppLayout');
});

const { Root } = await import('../../renderer/app/Root');

const reportTitle = en.errorBoundary.title.replace('{{area}}', en.app.title);

describe('a screen whose code fails to load at start-up', () => {
  it('the first-run screen: the error report, not a blank window', async () => {
    const { db } = await freshSession(() => new Date());
    opens.next = { ok: true, db, identity: undefined } satisfies Opened;
    await renderScreen(<Root />);
    expect(await screen.findByText(reportTitle, {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText(en.errorBoundary.body)).toBeTruthy();
    expect(screen.getByRole('button', { name: en.errorBoundary.reload })).toBeTruthy();
  }, 30_000);

  it('the app’s frame: the error report, not a blank window', async () => {
    const { db, identity } = await freshSession(() => new Date());
    opens.next = { ok: true, db, identity } satisfies Opened;
    await renderScreen(<Root />);
    expect(await screen.findByText(reportTitle, {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByRole('button', { name: en.errorBoundary.reload })).toBeTruthy();
  }, 30_000);
});
