import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../renderer/i18n/locales/en.json';
import { freshSession } from '../unit/db/fixtures';
import { renderScreen } from './support';

// The window paints before the database opens: the header, the navigation and the current area's heading
// over skeletons — and the area's page starts loading at the same time, not once the data is open.

type Opened = Awaited<ReturnType<typeof import('../../renderer/db/session').openDatabase>>;
const held = vi.hoisted(() => ({ resolve: undefined as ((value: unknown) => void) | undefined }));
vi.mock('../../renderer/db/session', async (actual) => ({
  ...(await actual<typeof import('../../renderer/db/session')>()),
  openDatabase: () =>
    new Promise((resolve) => {
      held.resolve = resolve as (value: unknown) => void;
    }),
}));
const preloaded = vi.hoisted(() => [] as string[]);
vi.mock('../../renderer/app/areas', async (actual) => {
  const module = await actual<typeof import('../../renderer/app/areas')>();
  return {
    ...module,
    preloadArea: (id: Parameters<typeof module.preloadArea>[0]) => {
      preloaded.push(id);
      return module.preloadArea(id);
    },
  };
});

const { Root } = await import('../../renderer/app/Root');

afterEach(() => {
  window.location.hash = '';
  held.resolve = undefined;
  preloaded.length = 0;
});

describe('start-up shell', () => {
  it('shows the navigation and the area’s heading over skeletons while the data opens, and loads the area meanwhile', async () => {
    window.location.hash = '#/orders';
    await renderScreen(<Root />);
    const shell = await screen.findByTestId('startup-shell');
    const nav = within(shell).getByRole('navigation', { name: 'areas' });
    for (const [id, label] of Object.entries(en.nav)) {
      expect(within(nav).getByText(label).closest('a')?.getAttribute('href')).toBe(`#/${id}`);
    }
    expect(within(nav).getByText(en.nav.orders).closest('a')?.hasAttribute('data-active')).toBe(true);
    expect(screen.getByRole('heading', { level: 1, name: en.nav.orders })).toBeTruthy();
    expect(screen.getByText(en.areas.orders.description)).toBeTruthy();
    expect(screen.getByTestId('page-skeleton').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status', { name: en.common.loading })).toBeTruthy();
    expect(preloaded).toEqual(['orders']);
  });

  it('starts loading an area’s page when the pointer or the focus reaches its link', async () => {
    const user = await renderScreen(<Root />);
    const nav = await screen.findByRole('navigation', { name: 'areas' });
    await user.hover(within(nav).getByText(en.nav.team));
    expect(preloaded).toContain('team');
    await user.tab();
    expect(preloaded.length).toBeGreaterThan(2);
  });

  it('gives way to the app and its page once the data is open, without a skeleton shown again on the way', async () => {
    // Shown again (the shell as a Suspense fallback while the frame's code "loads", or the page's skeleton
    // while its page does), a skeleton would hold the app back for up to 300 ms more: React throttles
    // revealing suspended content (seen in traces of a start).
    window.location.hash = '#/settings';
    const { db, identity } = await freshSession(() => new Date());
    await renderScreen(<Root />);
    await screen.findByTestId('startup-shell');
    await waitFor(() => expect(held.resolve).toBeDefined(), { timeout: 10_000 });
    const skeleton = '[data-testid="startup-shell"], [data-testid="page-skeleton"]';
    const shownAgain: string[] = [];
    const note = (changes: MutationRecord[]) => {
      for (const change of changes)
        for (const node of change.addedNodes)
          if (node instanceof Element && (node.matches(skeleton) || node.querySelector(skeleton)))
            shownAgain.push(node.outerHTML.slice(0, 80));
    };
    const watch = new MutationObserver(note);
    watch.observe(document.body, { childList: true, subtree: true });
    held.resolve?.({ ok: true, db, identity } satisfies Opened);
    await waitFor(() => expect(screen.queryByTestId('startup-shell')).toBeNull(), { timeout: 10_000 });
    note(watch.takeRecords());
    watch.disconnect();
    expect(screen.getByRole('heading', { level: 1, name: en.nav.settings })).toBeTruthy();
    expect(screen.queryByTestId('page-skeleton')).toBeNull();
    expect(shownAgain).toEqual([]);
  }, 30_000);

  it('gives way to the error screen when the data cannot open', async () => {
    await renderScreen(<Root />);
    await screen.findByTestId('startup-shell');
    expect(preloaded).toEqual(['dashboard']);
    // The data layer loads after the shell is painted; then the open starts.
    await waitFor(() => expect(held.resolve).toBeDefined(), { timeout: 10_000 });
    held.resolve?.({ ok: false, failure: 'blocked', detail: 'blocked by another window' } satisfies Opened);
    await waitFor(() => expect(screen.queryByTestId('startup-shell')).toBeNull());
    expect(screen.getByTestId('db-error')).toBeTruthy();
  });
});
