import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { UnfinishedWorkNotice } from '../../renderer/app/UnfinishedWorkNotice';
import { beginWork, findUnfinishedWork } from '../../renderer/db/unfinished-work';
import { formatDateTime } from '../../renderer/i18n/format';
import { freshSession, staffInput } from '../unit/db/fixtures';
import { renderScreen } from './support';

// The notice at start of an import, merge, restore or sample load that the app's closing cut off: it names
// the file and when it started, takes the user to do it again, or is dismissed — and either way is not
// shown again.

const startedAt = new Date('2026-12-04T09:30:00Z');

/** Work begun and never ended: the app was closed meanwhile. */
const cutOff = (kind: Parameters<typeof beginWork>[0], file: string, now = startedAt) =>
  beginWork(kind, file, { now, locks: undefined });

/** The app's start on an office (empty unless `fill` adds to it), showing the notice. */
async function startApp(
  language: 'en' | 'zh-CN' = 'en',
  fill: (session: Awaited<ReturnType<typeof freshSession>>) => Promise<unknown> = async () => {},
) {
  const session = await freshSession();
  await fill(session);
  return renderScreen(<UnfinishedWorkNotice />, { session, language });
}

afterEach(() => {
  localStorage.clear();
  window.location.hash = '';
});

describe('the notice of unfinished work', () => {
  it('names the file and its start, and "Import again" opens the orders import', async () => {
    await cutOff('orderImport', 'orders-march.csv');
    const user = await startApp();
    const notice = await screen.findByRole('alert');
    expect(within(notice).getByText('Not finished last time')).toBeTruthy();
    expect(notice.textContent).toContain(
      'The import of orders-march.csv did not finish; nothing from it was saved. Import again?',
    );
    expect(notice.textContent).toContain(`Started ${formatDateTime(startedAt.toISOString())}.`);
    await user.click(within(notice).getByRole('link', { name: 'Import again' }));
    expect(window.location.hash).toBe('#/orders/import');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await findUnfinishedWork()).toEqual([]);
  });

  it('says a restore and a merge in Chinese, each with its way back; Dismiss forgets one', async () => {
    await cutOff('restore', 'DESK-2026-12-04.sdpkg');
    await cutOff('packageMerge', '前台-整个办公室.sdpkg', new Date('2026-12-04T10:00:00Z'));
    const user = await startApp('zh-CN');
    await screen.findAllByRole('alert');
    const [restore, merge] = screen.getAllByRole('alert');
    expect(restore?.textContent).toContain('从备份 DESK-2026-12-04.sdpkg 恢复没有完成，数据没有任何改动。');
    expect(
      within(restore as HTMLElement)
        .getByRole('link', { name: '重新恢复' })
        .getAttribute('href'),
    ).toBe('#/sharing/backups');
    expect(merge?.textContent).toContain('前台-整个办公室.sdpkg 的导入没有完成，其中的内容一条也没有保存。');
    expect(
      within(merge as HTMLElement)
        .getByRole('link', { name: '重新导入' })
        .getAttribute('href'),
    ).toBe('#/sharing/import');
    await user.click(within(restore as HTMLElement).getByRole('button', { name: '知道了' }));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect((await findUnfinishedWork()).map((w) => w.kind)).toEqual(['packageMerge']);
  });

  it('a sample load cut off says whether part of the sample was kept', async () => {
    await cutOff('sampleOffice', '');
    await startApp();
    const nothing = await screen.findByRole('alert');
    expect(nothing.textContent).toContain('nothing from it was saved. Load it again?');
    expect(within(nothing).getByRole('link', { name: 'Load it again' }).getAttribute('href')).toBe(
      '#/settings',
    );
  });

  it('a sample load that left people in the office says so, with no way to load it again here', async () => {
    await cutOff('sampleOffice', '');
    await startApp('en', (session) => session.repos.staff.create(staffInput('Ann')));
    const partial = await screen.findByRole('alert');
    expect(partial.textContent).toContain('part of it was saved');
    expect(within(partial).queryByRole('link')).toBeNull();
    expect(within(partial).getByRole('button', { name: 'Dismiss' })).toBeTruthy();
  });

  it('shows nothing when nothing was cut off, nor for a marker that cannot be read', async () => {
    localStorage.setItem('salesdesk.unfinished.broken', '{"kind":');
    await startApp();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(localStorage.getItem('salesdesk.unfinished.broken')).toBeNull();
  });
});
