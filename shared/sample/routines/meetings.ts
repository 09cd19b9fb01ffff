import type { ActionItemInput, MeetingInput, MeetingScheduleInput } from '../../schema/meeting';
import type { PdcaCycleInput } from '../../schema/pdca';
import type { IncidentInput } from '../../schema/risk';
import { localDay } from '../dates';
import { type Bilingual, say } from '../language';
import type { Sample } from '../types';
import { type RoutinesContext, text } from './context';

// The sample's meetings: a weekly team meeting and a monthly one-on-one per person, the last three team
// meetings and two one-on-ones with their notes and decisions, and the action items they (and the
// complaint and the PDCA cycle) left: some done, one overdue.

export function sampleMeetings(c: RoutinesContext) {
  const { asOf, language, say2, day, id, active, person } = c;
  // Schedules: the team every Monday (from eight weeks back), each person once a month.
  const weekday = (localDay(asOf).getDay() + 6) % 7; // 0 = Monday
  const lastMonday = (weeksBack: number) => -(weekday === 0 ? 7 : weekday) - 7 * weeksBack;
  const weekly: Sample<MeetingScheduleInput> = {
    id: id(),
    input: {
      kind: 'team',
      title: say2('每周团队例会', 'Weekly team meeting'),
      cadence: 'weekly',
      // Held every week since it started (the last three meetings below).
      firstDate: day(lastMonday(2)),
      time: '09:30',
      until: null,
      attendees: active.map((s) => s.id),
      subjectId: null,
      active: true,
    },
  };
  // The first two people's one-on-ones started on the day of the one held below; the third's was owed 20
  // days ago and not held (the list shows it missed); everyone else's starts in the coming weeks.
  const oneOnOneStart = (i: number) => (i < 2 ? -10 - 6 * i : i === 2 ? -20 : 3 + 2 * (i % 10));
  const oneOnOnes = active.map((s, i) => ({
    id: id(),
    input: {
      kind: 'one_on_one' as const,
      title: say2(`与${s.input.name}的一对一面谈`, `One-on-one with ${s.input.name}`),
      cadence: 'monthly' as const,
      firstDate: day(oneOnOneStart(i)),
      time: '15:00',
      until: null,
      attendees: [s.id],
      subjectId: s.id,
      active: true,
    },
  }));

  // The last three team meetings, and the latest one-on-ones of the first two people.
  const agendas = [
    text('上周延迟发货的订单；月底结账安排', 'Orders shipped late last week; the month-end close'),
    text('A4 纸库存；新客户的开户资料', 'A4 paper stock; papers for new customers'),
    text('价格调整通知；下月团队活动', 'The price change; next month’s team events'),
  ];
  const notes = [
    text('两家物流公司上周多次延误。', 'Two carriers were late several times last week.'),
    text('月底前 A4 纸可能缺货。', 'A4 paper may run out before the month-end.'),
    text('重点客户需要提前一周收到新价格表。', 'Key customers need the new price list a week ahead.'),
  ];
  const decisions = [
    text('每天中午前与物流确认取件。', 'Confirm the pick-up with the carrier before noon every day.'),
    text('周三前清点库存并下补货单。', 'Count the stock and reorder by Wednesday.'),
    text('价格表由销售助理统一发送。', 'The sales assistant sends the price list to everyone at once.'),
  ];
  const teamMeetings: Sample<MeetingInput>[] = [2, 1, 0].map((weeksBack, i) => ({
    id: id(),
    input: {
      kind: 'team',
      title: weekly.input.title,
      date: day(lastMonday(weeksBack)),
      time: '09:30',
      attendees: weekly.input.attendees ?? [],
      subjectId: null,
      agenda: say(agendas[i] as Bilingual, language),
      notes: say(notes[i] as Bilingual, language),
      decisions: say(decisions[i] as Bilingual, language),
      oneOnOne: null,
      scheduleId: weekly.id,
    },
  }));
  const talks: Sample<MeetingInput>[] = oneOnOnes.slice(0, 2).map((schedule, i) => {
    const subject = person(i);
    return {
      id: id(),
      input: {
        kind: 'one_on_one',
        title: schedule.input.title,
        date: day(oneOnOneStart(i)),
        time: '15:00',
        attendees: [subject.id],
        subjectId: subject.id,
        agenda: '',
        notes: say2('整体状态不错。', 'Doing well overall.'),
        decisions: i === 0 ? say2('报名开票课程。', 'Signs up for the invoicing course.') : '',
        oneOnOne: {
          wellbeing: i === 0 ? say2('月底加班较多，有些累。', 'Tired after the month-end overtime.') : '',
          goals: say2('按时完成率接近目标。', 'On-time rate close to the goal.'),
          obstacles: i === 0 ? say2('扫描枪经常断线。', 'The barcode scanner keeps disconnecting.') : '',
          development: i === 0 ? say2('想学习开票结算。', 'Wants to learn billing.') : '',
        },
        scheduleId: schedule.id,
      },
    };
  });
  return { weekly, oneOnOnes, teamMeetings, talks };
}

export function sampleActions(
  c: RoutinesContext,
  { teamMeetings, talks }: ReturnType<typeof sampleMeetings>,
  complaint: Sample<IncidentInput>,
  pdca: Sample<PdcaCycleInput>,
): Sample<ActionItemInput>[] {
  const { say2, day, id, person, service, lead } = c;
  // Action items: one done from each older meeting, one overdue, the rest coming up.
  const action = (
    title: string,
    ownerId: string,
    due: number,
    done: number | null,
    source: ActionItemInput['source'],
    sourceId: string,
  ): Sample<ActionItemInput> => ({
    id: id(),
    input: {
      title,
      ownerId,
      due: day(due),
      status: done === null ? 'open' : 'done',
      doneOn: done === null ? null : day(done),
      source,
      sourceId,
      note: '',
    },
  });
  const [older, previous, latest] = teamMeetings as [
    Sample<MeetingInput>,
    Sample<MeetingInput>,
    Sample<MeetingInput>,
  ];
  const actionItems = [
    action(
      say2('更新物流联系人名单', 'Update the carrier contact list'),
      person(1).id,
      -14,
      -15,
      'meeting',
      older.id,
    ),
    action(
      say2('月底前清点 A4 纸库存', 'Count the A4 paper stock'),
      person(2).id,
      -5,
      null,
      'meeting',
      previous.id,
    ),
    action(
      say2('向重点客户发送新价格表', 'Send the new price list to key customers'),
      person(3).id,
      4,
      null,
      'meeting',
      latest.id,
    ),
    action(
      say2('报名开票课程', 'Sign up for the invoicing course'),
      person(0).id,
      10,
      null,
      'meeting',
      (talks[0] as Sample<MeetingInput>).id,
    ),
    action(
      say2('回访投诉客户', 'Call the customer back about the replacement'),
      service.id,
      -2,
      -3,
      'incident',
      complaint.id,
    ),
    action(say2('混装订单复核', 'Second check of mixed orders'), lead.id, -29, -30, 'pdca', pdca.id),
  ];
  return actionItems;
}
