import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FirstRun } from '../../renderer/app/FirstRun';
import { createDatabase } from '../../renderer/db/database';
import { loadIdentity } from '../../renderer/db/identity';
import { holdCalls, messageOf, renderScreen } from './support';

// The first screen on a new machine: its two fields checked by the identity schema, in both languages.

const texts = {
  en: {
    name: 'Machine name',
    prefix: 'Order-number prefix',
    empty: 'Start with an empty office',
    required: 'Required',
    tooLong: 'At most 60 characters',
    badPrefix: '1–6 letters or digits, e.g. A1',
  },
  'zh-CN': {
    name: '本机名称',
    prefix: '订单号前缀',
    empty: '从空白办公室开始',
    required: '必填',
    tooLong: '最多 60 个字符',
    badPrefix: '1–6 个字母或数字，例如 A1',
  },
} as const;

describe('first run', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(`says in ${language} what is wrong with the name and the prefix, and saves nothing`, async () => {
      const m = texts[language];
      const db = createDatabase(`fr-${crypto.randomUUID()}`);
      const onDone = vi.fn();
      const user = await renderScreen(<FirstRun db={db} onDone={onDone} />, { language });
      // A desktop user has no browser profile: the screen speaks of this computer and packages.
      expect(document.body.textContent).not.toMatch(/profile|配置文件/i);
      const name = screen.getByLabelText(m.name);
      const prefix = screen.getByLabelText(m.prefix);
      await user.clear(prefix);
      await user.type(prefix, 'A-1');
      await user.click(screen.getByRole('button', { name: m.empty }));
      expect(messageOf(name)).toBe(m.required);
      expect(messageOf(prefix)).toBe(m.badPrefix);
      expect(document.activeElement).toBe(name);

      await user.click(name);
      await user.paste('前台'.repeat(31));
      await user.clear(prefix);
      await user.keyboard('{Enter}');
      expect(messageOf(name)).toBe(m.tooLong);
      expect(messageOf(prefix)).toBe(m.badPrefix);
      expect(onDone).not.toHaveBeenCalled();
      expect(await loadIdentity(db)).toBeUndefined();
    });
  }

  it('saves the identity once, however often Enter is pressed, with the example for the chosen prefix', async () => {
    const db = createDatabase(`fr-${crypto.randomUUID()}`);
    await db.open();
    const onDone = vi.fn();
    const user = await renderScreen(<FirstRun db={db} onDone={onDone} />);
    await user.type(screen.getByLabelText('Machine name'), 'Front desk PC');
    const prefix = screen.getByLabelText('Order-number prefix');
    await user.clear(prefix);
    await user.type(prefix, 'fd');
    expect(screen.getByText(/Orders will be numbered like FD-\d{8}-0042/)).toBeTruthy();
    const held = holdCalls(db.meta, 'put');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(held.calls()).toBe(1));
    await user.keyboard('{Control>}{Enter}{/Control}{Enter}');
    expect(held.calls()).toBe(1);
    held.release();
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(await loadIdentity(db)).toMatchObject({ machineName: 'Front desk PC', orderPrefix: 'FD' });
  });
});
