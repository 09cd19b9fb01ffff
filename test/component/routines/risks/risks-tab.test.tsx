import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveIncident, saveRisk } from '../../../../renderer/db/risk-commands';
import { RisksTab } from '../../../../renderer/features/routines/risks/RisksTab';
import { addDays, localIsoDate } from '../../../../shared/rules/local-date';
import { freshSession, staffInput } from '../../../unit/db/fixtures';
import { messageOf, renderScreen } from '../../support';

// The Risks tab over a real (fake-indexeddb) session: a risk added through the form (a likelihood out of
// range refused on its field, nothing stored), its plan as ordered steps, its score coloured in the list
// and counted in the heat map, whose cells filter the list; flags said in words.

const today = localIsoDate(new Date());
const form = () => within(screen.getByTestId('risk-form'));

async function office() {
  const session = await freshSession(() => new Date());
  const owner = await session.repos.staff.create(staffInput('Lin Owner'));
  return { session, owner };
}

describe('risks tab', () => {
  it('adds a risk: out-of-range likelihood refused, plan steps in order, score and heat map shown', async () => {
    const { session } = await office();
    const user = await renderScreen(<RisksTab />, { session });
    await user.click(await screen.findByTestId('new-risk'));
    await user.click(form().getByLabelText(/^Title/));
    await user.paste('Wrong prices on orders');
    const likelihood = form().getByLabelText(/^Likelihood/);
    await user.type(likelihood, '6');
    await user.type(form().getByLabelText(/^Impact/), '4');
    await user.click(form().getByTestId('risk-owner'));
    await user.click(await screen.findByRole('option', { name: 'Lin Owner' }));
    await user.click(form().getByTestId('risk-add-step'));
    await user.click(form().getByTestId('risk-add-step'));
    await user.click(form().getByTestId('risk-add-step'));
    await user.click(form().getByLabelText('Step 1'));
    await user.paste('Check the price list');
    await user.click(form().getByLabelText('Step 2'));
    await user.paste('Drop me');
    await user.click(form().getByLabelText('Step 3'));
    await user.paste('Tell the customer');
    await user.click(form().getByRole('button', { name: 'Remove step 2' }));
    await user.click(form().getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(messageOf(likelihood)).toBe('Enter a whole number from 1 to 5'));
    expect(await session.db.risks.count()).toBe(0);

    await user.clear(likelihood);
    await user.type(likelihood, '3');
    expect(form().getByTestId('risk-score-preview').textContent).toBe('12 (High)');
    await user.click(form().getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByTestId('risk-form')).toBeNull());
    const [risk] = await session.db.risks.toArray();
    expect(risk).toMatchObject({
      title: 'Wrong prices on orders',
      likelihood: 3,
      impact: 4,
      plan: ['Check the price list', 'Tell the customer'],
      status: 'open',
      reviewOn: addDays(today, 90),
    });
    const row = await screen.findByRole('row', { name: /Wrong prices on orders/ });
    expect(within(row).getByTestId('risk-score').textContent).toBe('12 (High)');
    expect(screen.getByTestId('heat-cell-3-4').textContent).toBe('1');
    expect(screen.getByRole('button', { name: 'Likelihood 3, impact 4: 1 open risks' })).toBeTruthy();
    // Row and column headers name the likelihood and impact.
    expect(screen.getByRole('rowheader', { name: 'Likelihood 5' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Impact 5' })).toBeTruthy();
  }, 90_000);

  it('says its flags in words and filters the list by a heat-map cell', async () => {
    const { session, owner } = await office();
    const base = { category: 'customer_complaint' as const, ownerId: owner.id, reviewOn: addDays(today, 30) };
    const late = await saveRisk(session, { ...base, title: 'Late deliveries', likelihood: 4, impact: 4 });
    await saveRisk(session, {
      ...base,
      title: 'Forgotten review',
      likelihood: 1,
      impact: 2,
      reviewOn: addDays(today, -1),
    });
    for (const date of [today, addDays(today, -10)])
      await saveIncident(session, {
        date,
        category: 'customer_complaint',
        severity: 'high',
        title: 'Late',
        riskId: late.id,
      });
    const user = await renderScreen(<RisksTab />, { session });
    const lateRow = await screen.findByRole('row', { name: /Late deliveries/ });
    expect(within(lateRow).getByTestId('risk-flags').textContent).toBe('2 incidents in 90 days');
    expect(within(lateRow).getByTestId('risk-score').textContent).toBe('16 (Critical)');
    const reviewRow = screen.getByRole('row', { name: /Forgotten review/ });
    expect(within(reviewRow).getByTestId('risk-flags').textContent).toBe('review overdue');

    await user.click(screen.getByTestId('heat-cell-1-2'));
    expect(screen.getByTestId('heat-cell-1-2').getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByRole('row', { name: /Late deliveries/ })).toBeNull();
    expect(screen.getByRole('row', { name: /Forgotten review/ })).toBeTruthy();
    await user.click(screen.getByTestId('risk-filter-clear'));
    expect(screen.getByRole('row', { name: /Late deliveries/ })).toBeTruthy();
  });

  it('speaks Chinese', async () => {
    const { session } = await office();
    const user = await renderScreen(<RisksTab />, { session, language: 'zh-CN' });
    expect(await screen.findByText('尚未登记风险')).toBeTruthy();
    await user.click(screen.getByTestId('new-risk'));
    const impact = form().getByLabelText(/^影响/);
    await user.type(impact, '0');
    await user.click(form().getByRole('button', { name: '保存' }));
    await waitFor(() => expect(messageOf(impact)).toBe('请输入 1 到 5 的整数'));
  });
});
