import { Button, Paper } from '@mantine/core';
import { IconPlus, IconTarget } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../shared/schema/goal';
import { useSession } from '../../app/session-context';
import { removeGoal } from '../../db/goal-commands';
import { loadGoalBoard } from '../../db/goal-queries';
import { loadDuties, loadStaff } from '../../db/team-queries';
import { EmptyState } from '../../ui/EmptyState';
import { notifySaved } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { useToday } from '../../ui/use-today';
import { GoalDetail } from './GoalDetail';
import { GoalForm } from './GoalForm';
import { GoalTable } from './GoalTable';

type Editing = { goal?: Goal; parent?: Goal } | null;

/**
 * SMART goals and their progress, computed from the orders (or check-ins) as they come in: the live query
 * re-reads the figures on every write to the rollups, so processing an order moves the bars.
 */
export default function GoalsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const { db } = session;
  const today = useToday();
  const board = useLiveQuery(() => loadGoalBoard(db, today), [db, today]);
  const staff = useLiveQuery(() => loadStaff(db), [db]) ?? [];
  const duties = useLiveQuery(() => loadDuties(db), [db]) ?? [];
  const [editing, setEditing] = useState<Editing>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  if (!board) return null;

  const goals: Goal[] = [];
  const collect = (nodes: typeof board.roots) => {
    for (const n of nodes) {
      goals.push(n.goal);
      collect(n.children);
    }
  };
  collect(board.roots);
  const nameOf = (id: string | null) => staff.find((s) => s.id === id)?.name ?? t('goalsArea.nobody');
  const open = goals.find((g) => g.id === openId);
  const newGoal = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({})} data-testid="new-goal">
      {t('goalsArea.newGoal')}
    </Button>
  );
  return (
    <>
      <PageHeader title={t('nav.goals')} description={t('areas.goals.description')} actions={newGoal} />
      {goals.length === 0 ? (
        <EmptyState icon={IconTarget} title={t('goalsArea.emptyTitle')} body={t('goalsArea.emptyBody')} />
      ) : (
        <Paper withBorder radius="md">
          <GoalTable
            roots={board.roots}
            figures={board.figures}
            nameOf={nameOf}
            onOpen={(g) => setOpenId(g.id)}
          />
        </Paper>
      )}
      {open && !editing && (
        <GoalDetail
          goal={open}
          figures={board.figures.get(open.id)}
          ownerName={nameOf(open.ownerId)}
          today={today}
          onClose={() => setOpenId(null)}
          onEdit={() => setEditing({ goal: open })}
          onAddSubGoal={() => setEditing({ parent: open })}
          onDelete={async () => {
            await removeGoal(session, open.id);
            setOpenId(null);
            notifySaved(t('goalsArea.detail.deleted', { title: open.title }));
          }}
        />
      )}
      {editing && (
        <GoalForm
          goal={editing.goal}
          parent={editing.parent}
          goals={goals}
          staff={staff}
          duties={duties}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
