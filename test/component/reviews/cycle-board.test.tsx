import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readRequestFile } from '../../../renderer/db/feedback-files';
import { AnswerRequestDialog } from '../../../renderer/features/reviews/answer/AnswerRequestDialog';
import { CycleBoard } from '../../../renderer/features/reviews/cycles/CycleBoard';
import { platform } from '../../../renderer/platform';
import { freshSession } from '../../unit/db/fixtures';
import { reviewOffice } from '../../unit/db/review-fixtures';
import { renderScreen } from '../support';

// A started cycle's board over a real (fake-indexeddb) office, worked as the manager does: peers asked
// (from the team and from outside), a request file saved, a paper self-assessment typed in, the close
// refused naming everyone unfinished; then the reviewer's side on a machine with no office data, its
// response file imported back on the board, a second import of it and a file of another kind refused.

const saved: { name: string; bytes: Uint8Array }[] = [];

afterEach(() => {
  vi.restoreAllMocks();
  saved.length = 0;
});

function captureSaves() {
  vi.spyOn(platform, 'saveFile').mockImplementation(async ({ suggestedName, bytes }) => {
    saved.push({ name: suggestedName, bytes });
    return { saved: true };
  });
}

const dialog = () => within(screen.getByTestId('requests-dialog'));
const row = (person: string) => {
  const found = screen.getAllByTestId('board-row').find((r) => r.dataset.person === person);
  if (!found) throw new Error(`no row for ${person}`);
  return found;
};
const requestRow = (reviewer: string) => {
  const found = dialog()
    .getAllByTestId('request-row')
    .find((r) => r.dataset.reviewer === reviewer);
  if (!found) throw new Error(`no request to ${reviewer}`);
  return within(found);
};

describe('the cycle board', () => {
  it('asks peers, saves a request file, takes a typed self-assessment, and names who is unfinished on close', async () => {
    captureSaves();
    const office = await reviewOffice();
    const user = await renderScreen(<CycleBoard cycleId={office.cycle.id} onBack={() => {}} />, {
      session: office.session,
    });
    await screen.findByTestId('cycle-board');
    expect(screen.getAllByTestId('board-row').map((r) => r.dataset.person)).toEqual([
      'Anna Wang',
      'Ben Li',
      'Cleo Zhao',
      'Dan Sun',
    ]);

    await user.click(within(row('Anna Wang')).getByTestId('review-requests'));
    await screen.findByTestId('requests-dialog');
    // Anna herself is not offered as her own peer.
    const colleague = dialog()
      .getAllByLabelText('Colleague')
      .find((el) => el.tagName === 'INPUT') as HTMLElement;
    await user.click(colleague);
    expect(screen.queryByRole('option', { name: 'Anna Wang' })).toBeNull();
    await user.click(await screen.findByRole('option', { name: 'Ben Li' }));
    await user.click(dialog().getByTestId('peer-add'));
    await waitFor(() => expect(requestRow('Ben Li')).toBeTruthy());
    await user.click(dialog().getByRole('radio', { name: 'Someone else' }));
    await user.type(dialog().getByRole('textbox', { name: 'Name' }), 'Li Wei (sales)');
    await user.click(dialog().getByTestId('peer-add'));
    await waitFor(() => expect(requestRow('Li Wei (sales)')).toBeTruthy());
    expect(
      dialog()
        .getAllByTestId('request-row')
        .map((r) => r.dataset.relation),
    ).toEqual(['self', 'peer', 'peer']);

    // The request file of the colleague from outside: the request alone.
    await user.click(requestRow('Li Wei (sales)').getByTestId('request-export'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toBe('Feedback-request-Anna_Wang-Li_Wei_(sales).sdpkg');
    const request = await readRequestFile(saved[0]?.bytes as Uint8Array);
    expect(request).toMatchObject({
      subjectName: 'Anna Wang',
      reviewerName: 'Li Wei (sales)',
      relation: 'peer',
    });

    // Anna's self-assessment from paper: every competency must be rated.
    await user.click(requestRow('Anna Wang').getByTestId('request-type'));
    const typed = within(await screen.findByTestId('type-answers-form'));
    await user.click(typed.getByRole('button', { name: 'Save' }));
    expect(await typed.findAllByText('Required')).toHaveLength(4);
    for (const competency of typed.getAllByTestId('answer-competency'))
      await user.click(within(competency).getByTestId('rate-4'));
    await user.type(typed.getByRole('textbox', { name: /What went best/ }), 'Closed the month early');
    await user.click(typed.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByTestId('type-answers-form')).toBeNull());
    await waitFor(() =>
      expect(
        dialog()
          .getAllByTestId('request-row')
          .find((r) => r.dataset.reviewer === 'Anna Wang')?.dataset.answered,
      ).toBe('true'),
    );
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('requests-dialog')).toBeNull());
    await waitFor(() =>
      expect(within(row('Anna Wang')).getByTestId('review-requests').textContent).toMatch(/^1 \/ 3/),
    );
    expect(row('Anna Wang').querySelector('[data-section="self"]')?.textContent).toBe('80');

    await user.click(screen.getByTestId('cycle-close'));
    await user.click(await screen.findByTestId('cycle-close-confirm'));
    expect((await screen.findByTestId('close-refusal')).textContent).toContain(
      'Not finished yet: Anna Wang, Ben Li, Cleo Zhao, Dan Sun',
    );
    expect((await office.session.db.reviewCycles.get(office.cycle.id))?.status).toBe('in_progress');
  });

  it('a reviewer on a machine with no office data answers a request file, and the answer is imported once', async () => {
    captureSaves();
    const office = await reviewOffice();
    const board = await renderScreen(<CycleBoard cycleId={office.cycle.id} onBack={() => {}} />, {
      session: office.session,
    });
    await board.click(
      within(await screen.findByTestId('board-table')).getAllByTestId('review-requests')[1] as HTMLElement,
    );
    await board.click(dialog().getByRole('radio', { name: 'Someone else' }));
    await board.type(dialog().getByRole('textbox', { name: 'Name' }), 'Li Wei');
    await board.click(dialog().getByTestId('peer-add'));
    await waitFor(() => expect(requestRow('Li Wei')).toBeTruthy());
    await board.click(requestRow('Li Wei').getByTestId('request-export'));
    await waitFor(() => expect(saved).toHaveLength(1));
    const requestFile = saved.pop() as { name: string; bytes: Uint8Array };
    screen.getByTestId('requests-dialog');
    await board.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('requests-dialog')).toBeNull());
    document.body.innerHTML = '';

    // The reviewer's machine: a new profile, nothing of the office.
    const reviewerMachine = await freshSession(() => new Date('2026-11-28T09:30:00+08:00'));
    vi.spyOn(platform, 'openFile').mockResolvedValueOnce({
      name: requestFile.name,
      bytes: requestFile.bytes,
    });
    const reviewer = await renderScreen(<AnswerRequestDialog onClose={() => {}} />, {
      session: reviewerMachine,
    });
    await reviewer.click(await screen.findByTestId('answer-pick'));
    const form = within(await screen.findByTestId('answer-form'));
    expect(screen.getByRole('dialog', { name: 'Feedback on Ben Li' })).toBeTruthy();
    expect(form.getByText('Li Wei')).toBeTruthy();
    for (const [i, competency] of form.getAllByTestId('answer-competency').entries())
      await reviewer.click(within(competency).getByTestId(`rate-${i + 2}`));
    await reviewer.type(form.getByRole('textbox', { name: /What went best/ }), 'Always answers the phone');
    await reviewer.click(form.getByTestId('answer-save'));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 10_000 });
    const responseFile = saved.pop() as { name: string; bytes: Uint8Array };
    expect(responseFile.name).toBe('Feedback-answer-Ben_Li-Li_Wei.sdpkg');
    // Nothing was stored on the reviewer's machine.
    expect(await reviewerMachine.db.feedbackResponses.count()).toBe(0);
    expect(await reviewerMachine.db.feedbackRequests.count()).toBe(0);
    document.body.innerHTML = '';

    // Back at the office: the answer, the same answer again, and a request file in its place.
    const user = await renderScreen(<CycleBoard cycleId={office.cycle.id} onBack={() => {}} />, {
      session: office.session,
    });
    await user.click(await screen.findByTestId('cycle-import'));
    const open = vi.spyOn(platform, 'openFile');
    for (const file of [responseFile, responseFile, requestFile]) {
      open.mockResolvedValueOnce({ name: file.name, bytes: file.bytes });
      const before = screen.queryAllByTestId('import-result').length;
      await user.click(screen.getByTestId('import-pick'));
      await waitFor(() => expect(screen.getAllByTestId('import-result')).toHaveLength(before + 1), {
        timeout: 10_000,
      });
    }
    const results = screen.getAllByTestId('import-result');
    expect(results.map((r) => r.dataset.ok)).toEqual(['true', 'false', 'false']);
    expect(results[0]?.textContent).toContain('Peer feedback on Ben Li saved');
    expect(results[1]?.textContent).toContain('This request has already been answered');
    expect(results[2]?.textContent).toContain('This file is not a feedback response');
    expect(screen.getByTestId('import-summary').textContent).toBe('1 saved, 2 refused');
    const stored = await office.session.db.feedbackResponses.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ via: 'file', answers: ['Always answers the phone', ''] });
  });
});
