import { describe, expect, it } from 'vitest';
import {
  choiceFromRoute,
  initialChoice,
  type QueueChoice,
  toView,
} from '../../../renderer/features/orders/queue-state';

// The queue toolbar's choice → the view the queue reads (one index each).

const choice = (patch: Partial<QueueChoice>): QueueChoice => ({ ...initialChoice, ...patch });

describe('queue choice', () => {
  it('opens on all open orders by due time, earliest first', () => {
    expect(toView(initialChoice)).toEqual({ kind: 'open' });
    expect(initialChoice).toMatchObject({ sort: 'due', descending: false });
  });

  it('turns each view into what the queue reads', () => {
    const staffId = crypto.randomUUID();
    expect(toView(choice({ view: 'mine', assigneeId: staffId }))).toEqual({
      kind: 'assignee',
      assigneeId: staffId,
    });
    expect(toView(choice({ view: 'unassigned' }))).toEqual({ kind: 'unassigned' });
    expect(toView(choice({ view: 'overdue' }))).toEqual({ kind: 'overdue' });
    expect(toView(choice({ view: 'dueToday' }))).toEqual({ kind: 'dueToday' });
    expect(toView(choice({ view: 'onHold' }))).toEqual({ kind: 'status', status: 'on_hold' });
    expect(toView(choice({ view: 'status', status: 'shipped' }))).toEqual({
      kind: 'status',
      status: 'shipped',
    });
  });

  it('shows nothing for "assigned to" until a person is chosen', () => {
    expect(toView(choice({ view: 'mine', assigneeId: null }))).toBeNull();
  });

  it('opens the view a dashboard link names, and the default for anything else', () => {
    expect(choiceFromRoute(['overdue'])).toEqual(choice({ view: 'overdue' }));
    expect(choiceFromRoute(['dueToday'])).toEqual(choice({ view: 'dueToday' }));
    expect(choiceFromRoute(['unassigned'])).toEqual(choice({ view: 'unassigned' }));
    expect(choiceFromRoute(['person', 'staff-1'])).toEqual(choice({ view: 'mine', assigneeId: 'staff-1' }));
    expect(choiceFromRoute([])).toEqual(initialChoice);
    expect(choiceFromRoute(['person'])).toEqual(initialChoice);
    expect(choiceFromRoute(['__proto__'])).toEqual(initialChoice);
  });
});
