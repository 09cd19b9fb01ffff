import { Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Absence, absenceKinds } from '../../../../shared/schema/absence';
import type { Staff } from '../../../../shared/schema/staff';
import { useRovingGrid } from '../../../ui/use-roving-grid';
import type { TeamData } from '../use-team';
import classes from './AbsenceCalendar.module.css';
import { daysOfMonth, isWeekend, useDayFormats } from './calendar-dates';

/** What a click on the grid asks for: a new absence for that person and day, or the one clicked. */
export type CalendarPick = { staffId: string; day: string; absence: Absence | undefined };

interface DayColumn {
  day: string;
  label: string;
  weekend: boolean;
  today: boolean;
}

/** The month as a grid: a row per member, a column per day, each day coloured by the kind of absence. */
export function AbsenceCalendar(props: {
  team: TeamData;
  month: string;
  today: string;
  onPick: (pick: CalendarPick) => void;
}) {
  const { t } = useTranslation();
  const formats = useDayFormats();
  const { team, month, today } = props;
  // Day labels are formatted once per month, not once per cell.
  const columns = useMemo<DayColumn[]>(
    () =>
      daysOfMonth(month).map((day) => ({
        day,
        label: formats.date(day),
        weekend: isWeekend(day),
        today: day === today,
      })),
    [month, today, formats],
  );
  // Each person's absences touching this month, so a cell looks through a handful, not all of them.
  const byPerson = useMemo(() => {
    const first = columns[0]?.day ?? '';
    const last = columns[columns.length - 1]?.day ?? '';
    const map = new Map<string, Absence[]>();
    for (const a of team.absences)
      if (a.from <= last && first <= a.to) map.set(a.staffId, [...(map.get(a.staffId) ?? []), a]);
    return map;
  }, [team.absences, columns]);

  const { ref, focus, setFocus, onArrow } = useRovingGrid<HTMLTableElement>(
    team.members.length,
    columns.length,
  );

  return (
    <div className={classes.scroller}>
      <table
        ref={ref}
        className={classes.grid}
        data-testid="absence-calendar"
        data-month={month}
        onKeyDown={(event) => void onArrow(event)}
      >
        <thead>
          <tr>
            <th scope="col" className={classes.name}>
              {t('teamAbsences.calendar.person')}
            </th>
            {columns.map((c) => (
              <th
                key={c.day}
                scope="col"
                title={c.label}
                className={[classes.dayHead, c.weekend && classes.weekend, c.today && classes.today]
                  .filter(Boolean)
                  .join(' ')}
              >
                <span>{formats.weekday(c.day)}</span>
                <span>{Number(c.day.slice(8))}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {team.members.map((person, row) => (
            <PersonRow
              key={person.id}
              person={person}
              row={row}
              focusCol={focus.row === row ? focus.col : -1}
              onFocusCell={setFocus}
              absences={byPerson.get(person.id) ?? []}
              columns={columns}
              onPick={props.onPick}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PersonRow(props: {
  person: Staff;
  row: number;
  /** The column holding the grid's one tab stop, in this row; -1 elsewhere. */
  focusCol: number;
  onFocusCell: (focus: { row: number; col: number }) => void;
  absences: Absence[];
  columns: DayColumn[];
  onPick: (pick: CalendarPick) => void;
}) {
  const { t } = useTranslation();
  const { person } = props;
  return (
    <tr data-staff={person.id}>
      <th scope="row" className={classes.name} title={person.name}>
        {person.name}
      </th>
      {props.columns.map((c, col) => {
        const absence = props.absences.find((a) => a.from <= c.day && c.day <= a.to);
        const label = absence
          ? t('teamAbsences.calendar.absentCell', {
              name: person.name,
              date: c.label,
              kind: t(`teamAbsences.kind.${absence.kind}`),
            })
          : t('teamAbsences.calendar.freeCell', { name: person.name, date: c.label });
        return (
          <td
            key={c.day}
            className={[classes.day, c.weekend && classes.weekend, c.today && classes.today]
              .filter(Boolean)
              .join(' ')}
          >
            <button
              type="button"
              className={classes.cell}
              data-date={c.day}
              data-row={props.row}
              data-col={col}
              tabIndex={props.focusCol === col ? 0 : -1}
              data-kind={absence?.kind}
              aria-label={label}
              title={label}
              onClick={() => {
                props.onFocusCell({ row: props.row, col });
                props.onPick({ staffId: person.id, day: c.day, absence });
              }}
            />
          </td>
        );
      })}
    </tr>
  );
}

/** What the colours mean. */
export function AbsenceLegend() {
  const { t } = useTranslation();
  const items = [
    ...absenceKinds.map((kind) => ({ key: kind, label: t(`teamAbsences.kind.${kind}`) })),
    { key: 'weekend', label: t('teamAbsences.legend.weekend') },
    { key: 'today', label: t('teamAbsences.legend.today') },
  ];
  return (
    <Group gap="md" data-testid="absence-legend">
      {items.map((item) => (
        <Group key={item.key} gap={6} wrap="nowrap">
          <span className={classes.swatch} data-kind={item.key} />
          <Text size="sm">{item.label}</Text>
        </Group>
      ))}
    </Group>
  );
}
