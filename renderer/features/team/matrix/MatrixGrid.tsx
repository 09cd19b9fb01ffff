import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { type KeyboardEvent, memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { type CellRole, nextRole, roleOf } from '../../../../shared/rules/matrix-cell';
import type { Duty } from '../../../../shared/schema/duty';
import type { Staff } from '../../../../shared/schema/staff';
import { useRovingGrid } from '../../../ui/use-roving-grid';
import classes from './MatrixGrid.module.css';

// The staff × duty grid. Click a cell to cycle none → primary → backup; with the keyboard, arrows move,
// P / B / Delete set the cell and Space or Enter cycles it (each cell is a button). Rows are memoised so an edit re-renders only
// its own row: the checks beside the grid are recomputed in the same frame (matrix_edit in the bench).

/**
 * A duty's problems for its row, as strings so an unchanged row's memo holds across recomputed checks:
 * `kinds` — its issue kinds joined by ','; `weak` — holders below its skill level joined by ','.
 */
export interface RowFlags {
  kinds: string;
  weak: string;
}

const keyRoles: Record<string, CellRole> = {
  p: 'primary',
  b: 'backup',
  Delete: 'none',
  Backspace: 'none',
  n: 'none',
};

interface GridProps {
  duties: readonly Duty[];
  members: readonly Staff[];
  flags: ReadonlyMap<string, RowFlags>;
  /** Hours per week each person carries as primary. */
  load: ReadonlyMap<string, number>;
  /** People away today. */
  away: ReadonlySet<string>;
  onSet: (dutyId: string, staffId: string, role: CellRole) => void;
}

export function MatrixGrid({ duties, members, flags, load, away, onSet }: GridProps) {
  const { t } = useTranslation();
  const {
    ref: grid,
    focus,
    setFocus,
    onArrow,
  } = useRovingGrid<HTMLTableElement>(duties.length, members.length);

  const onKey = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      // Ctrl/Cmd/Alt shortcuts (print, the palette…) are the app's, not the cell's.
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (onArrow(event)) return;
      const target = event.target as HTMLElement;
      const duty = duties[Number(target.dataset.row)];
      const member = members[Number(target.dataset.col)];
      if (!duty || !member) return;
      // Space and Enter press the cell's button, which cycles it.
      const role = keyRoles[event.key.length === 1 ? event.key.toLowerCase() : event.key];
      if (!role) return;
      event.preventDefault();
      onSet(duty.id, member.id, role);
    },
    [duties, members, onSet, onArrow],
  );

  return (
    <div className={classes.wrap}>
      <table
        ref={grid}
        className={classes.grid}
        aria-label={t('teamArea.matrix.label')}
        data-testid="duty-matrix"
        onKeyDown={onKey}
      >
        <MatrixHead members={members} away={away} />
        <tbody>
          {duties.map((duty, row) => (
            <MatrixRow
              key={duty.id}
              duty={duty}
              row={row}
              members={members}
              focusCol={focus.row === row ? focus.col : -1}
              kinds={flags.get(duty.id)?.kinds ?? ''}
              weak={flags.get(duty.id)?.weak ?? ''}
              onFocusCell={setFocus}
              onSet={onSet}
            />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th className={classes.dutyCell}>
              <Text size="xs">{t('teamArea.matrix.hours')}</Text>
            </th>
            {members.map((m) => {
              const hours = load.get(m.id) ?? 0;
              return (
                <td
                  key={m.id}
                  className={`${classes.load} ${hours > m.weeklyCapacityHours ? classes.over : ''}`}
                >
                  {hours}/{m.weeklyCapacityHours}
                </td>
              );
            })}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

const MatrixRow = memo(function MatrixRow(props: {
  duty: Duty;
  row: number;
  members: readonly Staff[];
  focusCol: number;
  kinds: string;
  weak: string;
  onFocusCell: (focus: { row: number; col: number }) => void;
  onSet: (dutyId: string, staffId: string, role: CellRole) => void;
}) {
  const { t } = useTranslation();
  const { duty, row, members, focusCol, onFocusCell, onSet } = props;
  const weak = new Set(props.weak.split(','));
  const kinds = new Set(props.kinds.split(','));
  return (
    <tr data-duty={duty.name}>
      <th scope="row" className={classes.dutyCell}>
        <Group gap={6} wrap="nowrap" justify="space-between">
          <Text size="sm" truncate>
            {duty.name}
          </Text>
          <Group gap={4} wrap="nowrap">
            {kinds.has('no_primary') && (
              <Tooltip label={t('teamArea.mark.noPrimary')}>
                <Badge size="xs" color="red" variant="filled">
                  P
                </Badge>
              </Tooltip>
            )}
            {kinds.has('no_backup') && (
              <Tooltip label={t('teamArea.mark.noBackup')}>
                <Badge size="xs" color="orange" variant="light">
                  B
                </Badge>
              </Tooltip>
            )}
            <Text size="xs" c="dimmed">
              {t(`complexity.${duty.complexity}`)} · {duty.hoursPerWeek}h
            </Text>
          </Group>
        </Group>
      </th>
      {members.map((m, col) => {
        const role = roleOf(duty, m.id);
        const className = [role !== 'none' ? classes[role] : '', weak.has(m.id) ? classes.weak : '']
          .filter(Boolean)
          .join(' ');
        return (
          <td key={m.id} className={className}>
            <button
              type="button"
              className={classes.cell}
              tabIndex={focusCol === col ? 0 : -1}
              data-row={row}
              data-col={col}
              data-role={role}
              aria-label={`${duty.name} · ${m.name}: ${t(`teamArea.role.${role}`)}`}
              onClick={() => {
                onFocusCell({ row, col });
                onSet(duty.id, m.id, nextRole[role]);
              }}
            >
              {role === 'primary'
                ? t('teamArea.letter.primary')
                : role === 'backup'
                  ? t('teamArea.letter.backup')
                  : ''}
            </button>
          </td>
        );
      })}
    </tr>
  );
});

/** The people's names (dimmed when away today); memoised: an edit does not change them. */
const MatrixHead = memo(function MatrixHead(props: { members: readonly Staff[]; away: ReadonlySet<string> }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th className={classes.dutyCell}>
          <Text size="xs" c="dimmed">
            {t('teamArea.matrix.legend')}
          </Text>
        </th>
        {props.members.map((m) => (
          <th key={m.id} scope="col" title={`${m.name} · ${t(`level.${m.level}`)}`}>
            <div className={`${classes.person} ${props.away.has(m.id) ? classes.away : ''}`}>{m.name}</div>
          </th>
        ))}
      </tr>
    </thead>
  );
});
