// matrix_edit: a click on a cell of the duty matrix screen until the grid shows it with every
// coverage check recomputed — the real MatrixTab in real Chromium over a real IndexedDB office of 30
// staff × 60 duties. The edit is shown from memory (use-matrix-edits.ts) while it is saved; each click
// waits for the save and the live query to settle before the next.

import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { createRoot } from 'react-dom/client';
import { SessionProvider } from '../../renderer/app/session-context';
import { theme } from '../../renderer/app/theme';
import { createDatabase } from '../../renderer/db/database';
import type { MachineIdentity } from '../../renderer/db/identity';
import { createSession } from '../../renderer/db/session';
import { MatrixTab } from '../../renderer/features/team/matrix/MatrixTab';
import { useTeam } from '../../renderer/features/team/use-team';
import { initI18n, loadAllFeatureStrings } from '../../renderer/i18n';
import { office } from './matrix-bench';

export interface MatrixUiRuns {
  staff: number;
  duties: number;
  edit: number[];
}

const identity: MachineIdentity = {
  deviceId: '4f1c2b3a-5d6e-4f70-8a9b-0c1d2e3f4a5b',
  machineName: 'Bench',
  orderPrefix: 'B',
  createdAt: new Date().toISOString(),
};

function Screen() {
  const team = useTeam();
  return team ? <MatrixTab team={team} /> : null;
}

/** Resolves when `element`'s attribute `name` changes (the commit that shows the edit). */
const changed = (element: Element, name: string) =>
  new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(element, { attributes: true, attributeFilter: [name] });
  });

const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

export async function runMatrixUiBench(options: { repeats?: number } = {}): Promise<MatrixUiRuns> {
  await initI18n('en');
  await loadAllFeatureStrings();
  const db = createDatabase(`bench-matrix-${crypto.randomUUID()}`);
  await db.open();
  const session = createSession(db, identity);
  const { staff, duties, absences } = office(30, 60);
  const uuid = new Map(staff.map((s) => [s.id, crypto.randomUUID()]));
  const id = (s: string | null) => (s ? (uuid.get(s) as string) : null);
  await session.repos.staff.bulkInsertStamped(
    staff.map((s, i) =>
      session.repos.staff.stampNew(
        {
          name: `Person ${String(i + 1).padStart(2, '0')}`,
          level: s.level,
          startDate: '2024-01-01',
          weeklyCapacityHours: s.weeklyCapacityHours,
          status: s.status,
          skills: Object.entries(s.skills).map(([skill, level]) => ({ skill, level })),
        },
        id(s.id) as string,
      ),
    ),
  );
  await session.repos.duties.bulkInsertStamped(
    duties.map((d, i) =>
      session.repos.duties.stampNew({
        name: `Duty ${String(i + 1).padStart(2, '0')}`,
        complexity: d.complexity,
        hoursPerWeek: d.hoursPerWeek,
        requiredSkill: d.requiredSkill ?? '',
        requiredLevel: d.requiredLevel,
        primaryId: id(d.primaryId),
        backupIds: [...new Set(d.backupIds.map((b) => id(b) as string))].filter((b) => b !== id(d.primaryId)),
      }),
    ),
  );
  await session.repos.absences.bulkInsertStamped(
    absences.map((a) =>
      session.repos.absences.stampNew({
        staffId: id(a.staffId) as string,
        kind: 'leave',
        from: a.from,
        to: a.to,
      }),
    ),
  );

  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  root.render(
    <MantineProvider theme={theme}>
      <SessionProvider session={session}>
        <Screen />
      </SessionProvider>
    </MantineProvider>,
  );
  const cells = () => [
    ...container.querySelectorAll<HTMLButtonElement>('[data-testid="duty-matrix"] button[data-role]'),
  ];
  for (let wait = 0; cells().length < 30 * 60; wait++) {
    if (wait > 300) throw new Error(`the matrix screen shows ${cells().length} cells, not 1,800`);
    await settle();
  }

  const revs = async () => (await db.duties.toArray()).map((d) => d.rev).join();
  const runs: MatrixUiRuns = { staff: staff.length, duties: duties.length, edit: [] };
  for (let i = 0; i < (options.repeats ?? 40); i++) {
    const list = cells();
    const cell = list[(i * 37) % list.length] as HTMLButtonElement;
    const before = await revs();
    const shown = changed(cell, 'data-role');
    const start = performance.now();
    cell.click();
    await shown;
    runs.edit.push(performance.now() - start);
    // The next click comes once this one is saved and its live query has redrawn the screen: each edit
    // is timed from a settled screen, not against the save of the one before.
    while ((await revs()) === before) await settle();
    await settle();
  }
  root.unmount();
  container.remove();
  db.close();
  console.log(
    `[bench] matrix screen ${staff.length} staff × ${duties.length} duties: ${runs.edit.length} cell edits timed`,
  );
  return runs;
}
