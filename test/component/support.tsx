import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { SessionProvider } from '../../renderer/app/session-context';
import { theme } from '../../renderer/app/theme';
import type { DataSession } from '../../renderer/db/session';
import { i18next } from '../../renderer/i18n';
import type { Language } from '../../shared/ipc/contract';

// What the form tests share: the app's providers around a screen in a chosen language, a save that is
// held while a second Enter is pressed, and finding a field's message the way a person reads it.

afterEach(async () => {
  await i18next.changeLanguage('en');
});

/** Render a screen as the app does (theme, notifications, the data session), in `language`. */
export async function renderScreen(
  ui: ReactElement,
  options: { session?: DataSession; language?: Language } = {},
) {
  await i18next.changeLanguage(options.language ?? 'en');
  render(
    <MantineProvider theme={theme} env="test">
      <Notifications />
      {options.session ? <SessionProvider session={options.session}>{ui}</SessionProvider> : ui}
    </MantineProvider>,
  );
  return userEvent.setup();
}

/**
 * Hold the calls of `target[method]` (a database write) until `release()`: a save is then still running
 * while the test presses keys again, and `calls()` tells how many saves were started meanwhile. Once
 * released the method is itself again and the held calls go on.
 */
export function holdCalls<T extends object>(target: T, method: keyof T & string) {
  const slot = target as Record<string, unknown>;
  const original = (slot[method] as (...args: unknown[]) => unknown).bind(target);
  let open = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  let calls = 0;
  slot[method] = (...args: unknown[]) => {
    calls++;
    return gate.then(() => original(...args));
  };
  return {
    calls: () => calls,
    release() {
      slot[method] = original;
      open();
    },
  };
}

/**
 * A read a test's mocked query waits at (`await gate.held` before the real read): `whileHeld` closes the
 * gate while `body` runs, as a busy machine's live query comes after a person's next click, then opens it.
 */
export interface ReadGate {
  held: Promise<void> | null;
}
export async function whileHeld(gate: ReadGate, body: () => Promise<void>) {
  let release = () => {};
  gate.held = new Promise((resolve) => {
    release = resolve;
  });
  try {
    await body();
  } finally {
    gate.held = null;
    release();
  }
}

/** The error message shown for the input labelled `label` (Mantine links it by aria-describedby). */
export function messageOf(input: HTMLElement): string | null {
  const ids = input.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  for (const id of ids) {
    const node = document.getElementById(id);
    if (node && id.endsWith('-error')) return node.textContent;
  }
  return null;
}

/** The form's inputs by label, within the element with this test id. */
export const inside = (testId: string) => within(screen.getByTestId(testId));

/** Render a piece of UI that needs only the theme (no data, the current language). */
export const renderWithMantine = (ui: ReactElement) =>
  render(
    <MantineProvider theme={theme} env="test">
      {ui}
    </MantineProvider>,
  );
