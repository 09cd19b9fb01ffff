import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { saveIncident, saveRisk } from '../../../../renderer/db/risk-commands';
import { IncidentsTab } from '../../../../renderer/features/routines/risks/IncidentsTab';
import { addDays, localIsoDate } from '../../../../shared/rules/local-date';
import { customerInput, freshSession, orderInput, staffInput } from '../../../unit/db/fixtures';
import { messageOf, renderScreen, whileHeld } from '../../support';

// The list can be held back, as a busy machine's live query comes after a person's next click.
const listRead = vi.hoisted(() => ({ held: null as Promise<void> | null }));
vi.mock('../../../../renderer/db/risk-queries', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../renderer/db/risk-queries')>();
  return {
    ...real,
    loadIncidents: async (...args: Parameters<typeof real.loadIncidents>) => {
      await listRead.held;
      return real.loadIncidents(...args);
    },
  };
});

// The Incidents tab over a real (fake-indexeddb) session: a complaint logged against an order typed by
// number brings the order's customer with it; it is moved on step by step and closed with the customer's
// satisfaction; a resolved day before the incident is refused on its field with nothing stored.

const today = localIsoDate(new Date());
const form = () => within(screen.getByTestId('incident-form'));

async function office() {
  const session = await freshSession(() => new Date());
  const owner = await session.repos.staff.create(staffInput('Lin Owner'));
  const customer = await session.repos.customers.create(customerInput({ name: 'Acme Trading' }));
  const order = await session.repos.orders.create(orderInput(customer.id, { number: 'T-20261201-0042' }));
  const risk = await saveRisk(session, {
    category: 'customer_complaint',
    title: 'Late deliveries',
    likelihood: 3,
    impact: 3,
    ownerId: owner.id,
    reviewOn: addDays(today, 30),
  });
  return { session, customer, order, risk };
}

describe('incidents tab', () => {
  it('logs a complaint against an order, then runs it to a close with the satisfaction', async () => {
    const { session, customer, order, risk } = await office();
    const user = await renderScreen(<IncidentsTab />, { session });
    await user.click(await screen.findByTestId('new-incident'));
    await user.click(form().getByLabelText(/^Title/));
    await user.paste('Parcel arrived late');
    const number = form().getByTestId('incident-order-number');
    await user.type(number, 'T-19990101-0001{Enter}');
    await waitFor(() => expect(messageOf(number)).toBe('No order numbered T-19990101-0001'));
    await user.clear(number);
    await user.click(number);
    await user.paste('t-20261201-0042');
    await user.click(form().getByTestId('incident-add-order'));
    expect(await form().findByText('T-20261201-0042')).toBeTruthy();
    expect(form().getByTestId('incident-order-added').textContent).toBe(
      'Order T-20261201-0042 linked; its customer Acme Trading added',
    );
    await user.click(form().getByTestId('incident-risk'));
    await user.click(await screen.findByRole('option', { name: 'Late deliveries' }));
    await user.click(form().getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByTestId('incident-form')).toBeNull());
    const [saved] = await session.db.incidents.toArray();
    expect(saved).toMatchObject({
      date: today,
      category: 'customer_complaint',
      orderIds: [order.id],
      customerIds: [customer.id],
      riskId: risk.id,
      status: 'received',
    });

    const row = await screen.findByRole('row', { name: /Parcel arrived late/ });
    expect(within(row).getByText(/Acme Trading/)).toBeTruthy();
    await user.click(within(row).getByTestId('incident-advance-investigating'));
    await user.click(await within(row).findByTestId('incident-advance-resolved'));
    await waitFor(() => expect(within(row).getByTestId('incident-days').textContent).toBe('0 days'));
    await user.click(within(row).getByTestId('incident-advance-closed'));
    const dialog = within(await screen.findByTestId('close-complaint'));
    await user.click(dialog.getByTestId('close-complaint-confirm'));
    expect(
      await dialog.findByText('Give the customer’s satisfaction, 1 to 5, to close the complaint'),
    ).toBeTruthy();
    await user.click(dialog.getByLabelText('4'));
    await user.click(dialog.getByTestId('close-complaint-confirm'));
    await waitFor(() => expect(screen.queryByTestId('close-complaint')).toBeNull());
    expect(await session.db.incidents.get(saved?.id as string)).toMatchObject({
      status: 'closed',
      satisfaction: 4,
    });
  }, 90_000);

  it('moves an incident on twice in a row before the list has refreshed, each step from the last', async () => {
    const { session } = await office();
    const incident = await saveIncident(session, {
      date: today,
      category: 'order_processing',
      severity: 'medium',
      title: 'Wrong pallet loaded',
    });
    const user = await renderScreen(<IncidentsTab />, { session });
    const row = await screen.findByRole('row', { name: /Wrong pallet loaded/ });
    await whileHeld(listRead, async () => {
      await user.click(within(row).getByTestId('incident-advance-investigating'));
      await user.click(await within(row).findByTestId('incident-advance-resolved'));
      await waitFor(async () =>
        expect((await session.db.incidents.get(incident.id))?.status).toBe('resolved'),
      );
      expect(screen.queryByText(/Changed meanwhile/)).toBeNull();
      // The whole row shows the step taken, its days to resolve too, before the list refreshes.
      await waitFor(() =>
        expect(within(row).getByTestId('incident-status-badge').textContent).toBe('Resolved'),
      );
      expect(within(row).getByTestId('incident-days').textContent).toBe('0 days');
    });
  });

  it('refuses a resolved day before the incident, on its field, and stores nothing', async () => {
    const { session } = await office();
    const user = await renderScreen(<IncidentsTab />, { session });
    await user.click(await screen.findByTestId('new-incident'));
    await user.click(form().getByLabelText(/^Title/));
    await user.paste('Server down');
    const resolved = form().getByTestId('incident-resolved-on');
    await user.click(resolved);
    await user.paste(addDays(today, -3));
    await user.tab();
    await user.click(form().getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(messageOf(resolved)).toBe('Cannot be before the day of the incident'));
    expect(await session.db.incidents.count()).toBe(0);
  }, 60_000);
});
