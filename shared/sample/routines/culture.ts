import type { AbsenceDetailInput, CareRecordInput, TeamEventInput } from '../../schema/care';
import type { CoreValueInput, RecognitionInput } from '../../schema/culture';
import { type Bilingual, say } from '../language';
import type { SampleOffice } from '../office';
import type { Sample } from '../types';
import { type RoutinesContext, text } from './context';

// The sample's team life: next month's team events, the four core values and a few recognitions, two care
// records and the reason of a past sick leave.

export function sampleTeamEvents(c: RoutinesContext): Sample<TeamEventInput>[] {
  const { say2, day, id, active, person } = c;
  // Next month's team events.
  const everyone = active.map((s) => s.id);
  const birthday = person(4);
  const event = (input: TeamEventInput) => ({ id: id(), input });
  const teamEvents: Sample<TeamEventInput>[] = [
    event({
      kind: 'birthday',
      title: say2(`${birthday.input.name}的生日`, `${birthday.input.name}'s birthday`),
      date: day(5),
      endDate: null,
      time: '16:00',
      place: say2('茶水间', 'Kitchen'),
      participants: everyone,
      note: say2('蛋糕已订好', 'The cake is ordered'),
    }),
    event({
      kind: 'team_dinner',
      title: say2('月度聚餐', 'Team dinner'),
      date: day(12),
      endDate: null,
      time: '18:30',
      place: say2('川菜馆', 'Sichuan restaurant'),
      participants: everyone,
      note: '',
    }),
    event({
      kind: 'health_check',
      title: say2('年度体检', 'Annual health check'),
      date: day(20),
      endDate: day(21),
      time: '08:00',
      place: say2('市体检中心', 'City health centre'),
      participants: everyone,
      note: say2('请空腹前往', 'Come without breakfast'),
    }),
  ];
  return teamEvents;
}

export function sampleCulture(c: RoutinesContext) {
  const { language, say2, day, id, person, service, lead } = c;
  const coreValues: Sample<CoreValueInput>[] = [
    text('合作', 'Cooperation'),
    text('创新', 'Innovation'),
    text('责任', 'Responsibility'),
    text('诚信', 'Integrity'),
  ].map((name, order) => ({
    id: id(),
    input: {
      name: say(name, language),
      description: say(valueWords[order] as Bilingual, language),
      order,
      active: true,
    },
  }));
  const [cooperation, innovation, responsibility] = coreValues as [
    Sample<CoreValueInput>,
    Sample<CoreValueInput>,
    Sample<CoreValueInput>,
  ];
  const recognitions: Sample<RecognitionInput>[] = [
    {
      id: id(),
      input: {
        staffId: service.id,
        valueId: responsibility.id,
        date: day(-3),
        note: say2(
          '投诉当天就补发了正确的货物。',
          'Got the right goods to the complaining customer the same day.',
        ),
        givenById: null,
      },
    },
    {
      id: id(),
      input: {
        staffId: person(3).id,
        valueId: cooperation.id,
        date: day(-12),
        note: say2('主动帮同事处理积压订单。', 'Helped a colleague clear the backlog.'),
        givenById: person(1).id,
      },
    },
    {
      id: id(),
      input: {
        staffId: lead.id,
        valueId: innovation.id,
        date: day(-30),
        note: say2('提出混装订单复核的办法。', 'Came up with the second check of mixed orders.'),
        givenById: null,
      },
    },
  ];
  return { coreValues, recognitions };
}

export function sampleCare(c: RoutinesContext, office: SampleOffice) {
  const { say2, day, id, person } = c;
  const careRecords: Sample<CareRecordInput>[] = [
    {
      id: id(),
      input: {
        staffId: person(2).id,
        kind: 'transport_allowance',
        date: day(-27),
        until: null,
        amount: 300_00,
        text: say2('每月交通补贴', 'Monthly transport allowance'),
      },
    },
    {
      id: id(),
      input: {
        staffId: person(5).id,
        kind: 'flexible_hours',
        date: day(-40),
        until: day(50),
        amount: null,
        text: say2('周五 16:00 下班接孩子', 'Leaves at 16:00 on Fridays to collect a child from school'),
      },
    },
  ];

  // The reason of the sample's past sick leave (team.ts writes the absence itself as "away").
  const absenceDetails: Sample<AbsenceDetailInput>[] = office.absences
    .filter((a) => a.input.kind === 'away')
    .map((a) => ({
      id: id(),
      input: { absenceId: a.id, reason: 'sick', note: say2('感冒发烧', 'Flu') },
    }));
  return { careRecords, absenceDetails };
}

const valueWords = [
  text('互相补位，一起把事情做完。', 'We cover for each other and finish together.'),
  text('不断找更好的做法。', 'We keep looking for a better way.'),
  text('说到做到，对结果负责。', 'We do what we say and own the result.'),
  text('对客户和同事诚实。', 'We are honest with customers and colleagues.'),
];
