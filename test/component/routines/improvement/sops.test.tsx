import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { acknowledgeSop, publishSop, saveSop } from '../../../../renderer/db/sop-commands';
import { SopsTab } from '../../../../renderer/features/routines/improvement/SopsTab';
import { SafeMarkdown } from '../../../../renderer/features/routines/improvement/sops/markdown';
import { freshSession, staffInput } from '../../../unit/db/fixtures';
import { renderScreen, renderWithMantine, whileHeld } from '../../support';

// The opened document's view can be held back, as a busy machine's live query comes after a person's click.
const viewRead = vi.hoisted(() => ({ held: null as Promise<void> | null }));
vi.mock('../../../../renderer/db/sop-queries', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../renderer/db/sop-queries')>();
  return {
    ...real,
    loadSopView: async (...args: Parameters<typeof real.loadSopView>) => {
      await viewRead.held;
      return real.loadSopView(...args);
    },
  };
});

// Process documents: a body is Markdown shown safely (a script, an image with a handler, a tag: text, no
// element), a draft published as the next version, a line diff between versions, and who read the
// version in force, recorded per person — in both languages.

async function office() {
  const session = await freshSession(() => new Date());
  const ann = await session.repos.staff.create(staffInput('Ann'));
  const bob = await session.repos.staff.create(staffInput('Bob'));
  const sop = await saveSop(session, {
    title: 'Processing an order',
    process: 'order_processing',
    ownerId: ann.id,
    reviewOn: '2020-01-01',
    draft: '# Steps\n1. Check stock\n2. Confirm',
  });
  await publishSop(session, sop.id, { draft: sop.draft, note: 'First' });
  await acknowledgeSop(session, sop.id, ann.id, 1);
  return { session, ann, bob, sop };
}

describe('an SOP body', () => {
  it('shows scripts, handlers and tags as text, creating no element of its own', () => {
    const { container } = renderWithMantine(
      <SafeMarkdown
        source={
          '# Title\n<script>alert(1)</script>\n\n<img src=x onerror="alert(2)"> and <b>bold?</b>\n\n**real bold** [ok](https://example.com) [bad](javascript:alert(3)) <iframe src="https://x"></iframe>'
        }
      />,
    );
    expect(container.querySelector('script, img, iframe, b')).toBeNull();
    expect(container.textContent).toContain('<script>alert(1)</script>');
    expect(container.textContent).toContain('<img src=x onerror="alert(2)">');
    expect(container.textContent).toContain('<b>bold?</b>');
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(container.querySelector('strong')?.textContent).toBe('real bold');
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.com']);
    expect(container.textContent).toContain('bad');
    // The document's headings sit below the page's and the detail's.
    expect(container.querySelector('h4')?.textContent).toBe('Title');
  });

  it('lets mail links through and drops relative and data ones', () => {
    const { container } = renderWithMantine(
      <SafeMarkdown
        source={'[m](mailto:a@b.cn) [r](/etc/passwd) [d](data:text/html,hi) <https://auto.example>'}
      />,
    );
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'mailto:a@b.cn',
      'https://auto.example',
    ]);
  });
});

describe('the SOPs tab', () => {
  it('lists a document with its version, review flag and acknowledgements, then publishes v2 and records who read it', async () => {
    const { session } = await office();
    const user = await renderScreen(<SopsTab />, { session });
    const row = await screen.findByTestId('sop-row');
    expect(within(row).getByTestId('sop-row-version').textContent).toBe('v1');
    expect(within(row).getByTestId('sop-row-review-due')).toBeTruthy();
    expect(within(row).getByTestId('sop-row-acks').textContent).toBe('1 of 2 read');

    await user.click(within(row).getByTestId('sop-open'));
    const body = await screen.findByTestId('sop-body');
    expect(body.querySelector('ol')?.children).toHaveLength(2);

    await user.click(screen.getByTestId('sop-tab-draft'));
    const draft = screen.getByTestId('sop-draft-body') as HTMLTextAreaElement;
    await user.type(draft, '\n3. File the order <script>x</script>');
    expect(screen.getByTestId('sop-preview').textContent).toContain('<script>x</script>');
    await user.type(screen.getByTestId('sop-publish-note'), 'Filing step');
    await user.click(screen.getByTestId('sop-publish'));
    await waitFor(() => expect(screen.getByTestId('sop-current-version').textContent).toBe('v2'));
    expect(screen.getByTestId('sop-row-acks').textContent).toBe('0 of 2 read');

    await user.click(screen.getByTestId('sop-tab-history'));
    expect(screen.getAllByTestId('sop-version-row')).toHaveLength(2);
    const added = screen.getAllByTestId('diff-line-added');
    expect(added.map((l) => l.textContent)).toEqual(['+ added: 3. File the order <script>x</script>']);
    expect(screen.getByTestId('sop-diff-summary').textContent).toBe('1 line added, 0 removed');

    await user.click(screen.getByTestId('sop-tab-acks'));
    const rows = screen.getAllByTestId('sop-ack-row');
    expect(rows.map((r) => within(r).queryByTestId('sop-ack-not-yet') !== null)).toEqual([true, true]);
    // Ann read v1: said beside, not counted.
    expect(rows[0]?.textContent).toContain('(read v1 on');
    await user.click(
      within(rows[1] as HTMLElement).getByRole('button', { name: 'Record acknowledgement: Bob read it' }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('sop-acks-count').textContent).toBe('1 of 2 active staff read version 2'),
    );
    expect(
      within(screen.getAllByTestId('sop-ack-row')[1] as HTMLElement).getByTestId('sop-ack-read'),
    ).toBeTruthy();
  });

  it('publishes right after "Save draft", before the view has shown the saved draft', async () => {
    const { session, sop } = await office();
    const user = await renderScreen(<SopsTab />, { session });
    await user.click(within(await screen.findByTestId('sop-row')).getByTestId('sop-open'));
    await screen.findByTestId('sop-body');
    await user.click(screen.getByTestId('sop-tab-draft'));
    await user.type(screen.getByTestId('sop-draft-body'), '\n3. File the order');
    await whileHeld(viewRead, async () => {
      await user.click(screen.getByTestId('sop-save-draft'));
      expect(await screen.findByText('Draft saved')).toBeTruthy();
      await user.click(screen.getByTestId('sop-publish'));
      await waitFor(async () =>
        expect((await session.db.sopVersions.where('sopId').equals(sop.id).toArray()).length).toBe(2),
      );
      expect(screen.queryByText(/Changed meanwhile/)).toBeNull();
    });
  });

  it('refuses publishing a draft that says what the current version says, in Chinese', async () => {
    const { session } = await office();
    const user = await renderScreen(<SopsTab />, { session, language: 'zh-CN' });
    await user.click(await screen.findByTestId('sop-open'));
    await user.click(await screen.findByTestId('sop-tab-draft'));
    await user.click(screen.getByTestId('sop-publish'));
    expect(await screen.findByText('草稿与当前版本相同：无可发布内容')).toBeTruthy();
    expect(await session.db.sopVersions.count()).toBe(1);
  });

  it('creates a document from its card form, with an empty state first', async () => {
    const session = await freshSession(() => new Date());
    await session.repos.staff.create(staffInput('Ann'));
    const user = await renderScreen(<SopsTab />, { session });
    expect(await screen.findByTestId('sops-empty')).toBeTruthy();
    await user.click(screen.getByTestId('new-sop'));
    await user.click(screen.getByTestId('sop-save'));
    expect(await screen.findAllByText('Required')).not.toHaveLength(0);
    await user.type(screen.getByTestId('sop-title'), 'Answering complaints');
    await user.click(screen.getByTestId('sop-owner'));
    await user.click(await screen.findByRole('option', { name: 'Ann' }));
    await user.click(screen.getByTestId('sop-save'));
    await waitFor(() =>
      expect(screen.getByTestId('sop-detail-title').textContent).toBe('Answering complaints'),
    );
    expect(screen.getByTestId('sop-draft')).toBeTruthy();
  });
});
