import { Alert, Grid, Stack } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkCoverage, isAvailable, workload } from '../../../../shared/rules/coverage';
import { applyChanges, type DutyChange, suggestCoverage } from '../../../../shared/rules/coverage-suggest';
import { useToday } from '../../../ui/use-today';
import type { TeamData } from '../use-team';
import { ChecksPanel } from './ChecksPanel';
import { CoversToday } from './CoversToday';
import { usableRange, useCheckRange } from './check-range';
import { MatrixGrid, type RowFlags } from './MatrixGrid';
import { SuggestModal } from './SuggestModal';
import { useMatrixEdits } from './use-matrix-edits';

export function MatrixTab({ team }: { team: TeamData }) {
  const { t } = useTranslation();
  const { duties, set, applySuggestion } = useMatrixEdits(team.duties, team.nameOf);
  // Who covers follows an edit in a later, interruptible render: the grid and its checks come first.
  const deferred = useDeferredValue(duties);
  const [range, setRange] = useCheckRange();
  const [suggestion, setSuggestion] = useState<DutyChange[] | null>(null);
  const { staff, absences } = team.coverage;
  const checkRange = usableRange(range);

  const report = useMemo(
    () => checkCoverage(staff, duties, absences, checkRange),
    [staff, duties, absences, checkRange],
  );
  const flags = useMemo(() => {
    const rows = new Map<string, { kinds: Set<string>; weak: string[] }>();
    for (const issue of report.issues) {
      if (!('dutyId' in issue)) continue;
      const row = rows.get(issue.dutyId) ?? { kinds: new Set<string>(), weak: [] };
      row.kinds.add(issue.kind);
      if (issue.kind === 'skill_below') row.weak.push(issue.staffId);
      rows.set(issue.dutyId, row);
    }
    return new Map<string, RowFlags>(
      [...rows].map(([id, r]) => [id, { kinds: [...r.kinds].join(','), weak: r.weak.join(',') }]),
    );
  }, [report]);
  const load = useMemo(() => workload(duties), [duties]);
  const today = useToday();
  const away = useMemo(() => {
    const byId = new Map(staff.map((s) => [s.id, s]));
    return new Set(staff.filter((s) => !isAvailable(s.id, today, byId, absences)).map((s) => s.id));
  }, [staff, absences, today]);
  const dutyById = useMemo(() => new Map(duties.map((d) => [d.id, d])), [duties]);
  const dutyOf = (id: string) => dutyById.get(id);

  if (team.duties.length === 0 || team.members.length === 0)
    return (
      <Alert color="blue">
        {t(team.duties.length === 0 ? 'teamArea.matrix.noDuties' : 'teamArea.matrix.noMembers')}
      </Alert>
    );

  const suggest = () => setSuggestion(suggestCoverage(staff, duties, absences, checkRange));
  const scores = suggestion && {
    before: report.score,
    after: checkCoverage(staff, applyChanges(duties, suggestion), absences, checkRange).score,
  };

  return (
    <Stack>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <MatrixGrid
            duties={duties}
            members={team.members}
            flags={flags}
            load={load}
            away={away}
            onSet={set}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <ChecksPanel
            report={report}
            range={range}
            onRange={setRange}
            dutyOf={dutyOf}
            nameOf={team.nameOf}
            courseTitle={team.courseTitle}
            onSuggest={suggest}
          />
        </Grid.Col>
      </Grid>
      <CoversToday team={team} duties={deferred} />
      {suggestion && scores && (
        <SuggestModal
          changes={suggestion}
          scores={scores}
          dutyOf={dutyOf}
          nameOf={team.nameOf}
          onApply={applySuggestion}
          onClose={() => setSuggestion(null)}
        />
      )}
    </Stack>
  );
}
