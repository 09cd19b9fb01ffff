import type { AbsenceDetailInput, CareRecordInput, TeamEventInput } from '../schema/care';
import type { CoreValueInput, RecognitionInput } from '../schema/culture';
import type { ActionItemInput, MeetingInput, MeetingScheduleInput } from '../schema/meeting';
import type { PdcaCycleInput } from '../schema/pdca';
import type { IncidentInput, RiskInput } from '../schema/risk';
import type { SopAckInput, SopInput, SopVersionInput } from '../schema/sop';
import { localDay, localIsoDate } from './dates';
import { type Bilingual, say } from './language';
import type { SampleOffice } from './office';
import { createRandom, deriveSeed, type Random } from './random';
import { roles } from './staff';
import type { Sample } from './types';

// The sample office's routines, small on purpose (the sample loads many times in the end-to-end tests):
// a weekly team meeting and a monthly one-on-one per person, the last three team meetings and two
// one-on-ones with their notes, decisions and action items (some done, one overdue); five risks, one past
// its review date; four incidents — a customer complaint about a recent order and another incident on the
// same risk within 90 days; a PDCA cycle on the error rate; three SOPs (order processing in two versions)
// and who read which; next month's team events; the four core values and a few recognitions; two care
// records and the reason of a past sick leave.

export interface SampleRoutines {
  meetingSchedules: Sample<MeetingScheduleInput>[];
  meetings: Sample<MeetingInput>[];
  actionItems: Sample<ActionItemInput>[];
  risks: Sample<RiskInput>[];
  incidents: Sample<IncidentInput>[];
  pdcaCycles: Sample<PdcaCycleInput>[];
  sops: Sample<SopInput>[];
  sopVersions: Sample<SopVersionInput>[];
  sopAcks: Sample<SopAckInput>[];
  teamEvents: Sample<TeamEventInput>[];
  coreValues: Sample<CoreValueInput>[];
  recognitions: Sample<RecognitionInput>[];
  careRecords: Sample<CareRecordInput>[];
  absenceDetails: Sample<AbsenceDetailInput>[];
}

/** The order a customer complained about: the loader passes a recent completed one of the sample's orders. */
export interface ComplaintOrder {
  id: string;
  customerId: string;
  assigneeId: string | null;
}

const text = (zh: string, en: string): Bilingual => ({ zh, en });

/**
 * The routines of a generated office, from a stream of their own (same office, same routines). `order` is
 * the order the sample's customer complaint is about; without one (an office with no orders) the complaint
 * names only the customer.
 */
export function generateRoutines(office: SampleOffice, order: ComplaintOrder | null): SampleRoutines {
  const random = createRandom(deriveSeed(office.seed, 'routines'), office.idKey);
  return routinesOf(random, office, order);
}

function routinesOf(random: Random, office: SampleOffice, order: ComplaintOrder | null): SampleRoutines {
  const { language, asOf } = office;
  const say2 = (zh: string, en: string) => say(text(zh, en), language);
  const day = (offset: number) => localIsoDate(localDay(asOf, offset));
  const at = (offset: number, hour: number) => {
    const d = localDay(asOf, offset);
    d.setHours(hour, 0, 0, 0);
    return d.toISOString();
  };
  const id = () => random.uuid();
  const active = office.staff.filter((s) => s.input.status === 'active');
  const person = (i: number) => active[i % active.length] as (typeof active)[number];
  const handlers = active.filter((s) => s.input.handlesOrders);
  const lead = handlers.find((s) => s.input.level === 'senior') ?? person(0);
  const service = active.find((s) => s.input.role === say(roles.service, language)) ?? person(1);
  const analyst = active.find((s) => !s.input.handlesOrders && s.input.level === 'senior') ?? person(2);

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

  // Risks: one past its review day, one with two incidents in the last 90 days.
  const risk = (input: RiskInput): Sample<RiskInput> => ({ id: id(), input });
  const wrongGoods = risk({
    category: 'order_processing',
    title: say2('混装订单发错货', 'Wrong goods picked on mixed orders'),
    description: say2(
      '同一订单多种规格时容易拿错。',
      'Orders with several sizes of one product get mixed up.',
    ),
    likelihood: 3,
    impact: 4,
    ownerId: lead.id,
    plan: [
      say2('当天致电客户道歉并确认', 'Call the customer the same day'),
      say2('加急补发正确的货物', 'Ship the right goods by express'),
      say2('在例会上复盘原因', 'Go over the cause at the team meeting'),
    ],
    reviewOn: day(20),
    status: 'open',
  });
  const late = risk({
    category: 'customer_complaint',
    title: say2('重点客户交货延迟', 'Late deliveries to key accounts'),
    description: say2('物流高峰期延误导致投诉。', 'Carrier delays in busy weeks lead to complaints.'),
    likelihood: 3,
    impact: 3,
    ownerId: service.id,
    plan: [say2('提前预约物流', 'Book the carrier a day ahead')],
    reviewOn: day(-10),
    status: 'open',
  });
  const leak = risk({
    category: 'data_leak',
    title: say2('客户资料外发', 'Customer list sent outside the office'),
    description: say2(
      '报价或客户名单误发给外部邮箱。',
      'A quote or the customer list e-mailed to the wrong address.',
    ),
    likelihood: 2,
    impact: 5,
    ownerId: analyst.id,
    plan: [
      say2('立即联系收件人删除', 'Ask the recipient to delete it at once'),
      say2('通知受影响的客户', 'Tell the customers concerned'),
    ],
    reviewOn: day(45),
    status: 'open',
  });
  const closeRisk = risk({
    category: 'staffing',
    title: say2('月底结账只有一人会做', 'Only one person can run the month-end close'),
    description: '',
    likelihood: 3,
    impact: 3,
    ownerId: lead.id,
    plan: [say2('安排一名后备并带教', 'Train a backup')],
    reviewOn: day(30),
    status: 'mitigated',
  });
  const outage = risk({
    category: 'system_outage',
    title: say2('月底订单系统宕机', 'Order system down at the month-end'),
    description: '',
    likelihood: 2,
    impact: 4,
    ownerId: analyst.id,
    plan: [
      say2('改用纸质订单登记', 'Take orders on the paper form'),
      say2('恢复后统一补录', 'Enter them once the system is back'),
    ],
    reviewOn: day(60),
    status: 'open',
  });
  const risks = [wrongGoods, late, leak, closeRisk, outage];

  const complaint: Sample<IncidentInput> = {
    id: id(),
    input: {
      date: day(-6),
      category: 'customer_complaint',
      severity: 'high',
      title: say2('客户收到错误规格的纸张', 'Customer received the wrong paper size'),
      happened: say2('订单中的 A4 纸发成了 A3。', 'A3 paper was shipped instead of A4.'),
      resolution: say2(
        '已加急补发并回收错货。',
        'The right paper went out by express; the wrong one was collected.',
      ),
      status: 'resolved',
      resolvedOn: day(-3),
      orderIds: order ? [order.id] : [],
      customerIds: [order?.customerId ?? (office.customers[0]?.id as string)],
      staffIds: [order?.assigneeId ?? lead.id],
      riskId: wrongGoods.id,
      satisfaction: null,
    },
  };
  const incidents: Sample<IncidentInput>[] = [
    complaint,
    {
      id: id(),
      input: {
        date: day(-40),
        category: 'order_processing',
        severity: 'medium',
        title: say2('混装订单数量发错', 'Wrong quantity on a mixed order'),
        happened: say2('两种规格数量互换。', 'The quantities of two sizes were swapped.'),
        resolution: say2('补发差额。', 'The difference was shipped.'),
        status: 'closed',
        resolvedOn: day(-38),
        orderIds: [],
        customerIds: [],
        staffIds: [],
        riskId: wrongGoods.id,
        satisfaction: null,
      },
    },
    {
      id: id(),
      input: {
        date: day(-25),
        category: 'system_outage',
        severity: 'high',
        title: say2('订单系统中断两小时', 'Order system unavailable for two hours'),
        happened: say2('服务器升级失败。', 'A server update failed.'),
        resolution: say2(
          '回滚升级，补录纸质订单。',
          'The update was rolled back and the paper orders entered.',
        ),
        status: 'closed',
        resolvedOn: day(-25),
        orderIds: [],
        customerIds: [],
        staffIds: [],
        riskId: outage.id,
        satisfaction: null,
      },
    },
    {
      id: id(),
      input: {
        date: day(-70),
        category: 'data_leak',
        severity: 'low',
        title: say2('报价单发给了错误的客户', 'A quote e-mailed to the wrong customer'),
        happened: '',
        resolution: say2('收件人已确认删除。', 'The recipient confirmed it was deleted.'),
        status: 'closed',
        resolvedOn: day(-69),
        orderIds: [],
        customerIds: [],
        staffIds: [],
        riskId: leak.id,
        satisfaction: null,
      },
    },
  ];

  // SOPs: order processing in two versions (v2 adds the second check the PDCA cycle brought in).
  const steps1 = [
    say2('核对客户、产品和数量', 'Check the customer, products and quantities'),
    say2('确认库存', 'Confirm the stock'),
    say2('安排发货并通知客户', 'Book the shipment and tell the customer'),
  ];
  const steps2 = [
    ...steps1.slice(0, 2),
    say2('混装订单由第二人复核', 'A second person checks every mixed order'),
    ...steps1.slice(2),
  ];
  const body = (title: string, steps: readonly string[]) =>
    `# ${title}\n\n${steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}`;
  const sop = (title: string, process: SopInput['process'], ownerId: string, reviewOn: string) => ({
    id: id(),
    input: { title, process, ownerId, reviewOn, draft: '' },
  });
  const orderSop = sop(say2('订单处理流程', 'Processing an order'), 'order_processing', lead.id, day(150));
  const complaintSop = sop(
    say2('客户投诉处理', 'Handling a customer complaint'),
    'customer_service',
    service.id,
    day(90),
  );
  const dataSop = sop(
    say2('客户资料外发规定', 'Sending customer data outside the office'),
    'data_management',
    analyst.id,
    day(270),
  );
  const version = (sopId: string, n: number, words: string, note: string, published: number) => ({
    id: id(),
    input: { sopId, version: n, body: words, note, publishedAt: at(published, 10) },
  });
  const sopVersions: Sample<SopVersionInput>[] = [
    version(orderSop.id, 1, body(orderSop.input.title, steps1), say2('首版', 'First version'), -120),
    version(
      orderSop.id,
      2,
      body(orderSop.input.title, steps2),
      say2('增加混装订单复核', 'A second check of mixed orders'),
      -28,
    ),
    version(
      complaintSop.id,
      1,
      body(complaintSop.input.title, [
        say2(
          '记录投诉并告知客户处理时限',
          'Log the complaint and tell the customer when to expect an answer',
        ),
        say2('调查原因', 'Find the cause'),
        say2('解决后回访客户满意度', 'Ask the customer how satisfied they are'),
      ]),
      say2('首版', 'First version'),
      -200,
    ),
    version(
      dataSop.id,
      1,
      body(dataSop.input.title, [
        say2('只发送对方需要的字段', 'Send only the fields they need'),
        say2('文件加密后发送', 'Encrypt the file before sending'),
      ]),
      say2('首版', 'First version'),
      -90,
    ),
  ];
  const ack = (sopId: string, n: number, staffId: string, offset: number) => ({
    id: id(),
    input: { sopId, version: n, staffId, at: at(offset, 11) },
  });
  const sopAcks: Sample<SopAckInput>[] = [
    ...handlers.slice(0, 3).map((s, i) => ack(orderSop.id, 2, s.id, -25 + i)),
    ...handlers.slice(3, 4).map((s) => ack(orderSop.id, 1, s.id, -110)),
    ack(complaintSop.id, 1, service.id, -190),
  ];

  const pdca: Sample<PdcaCycleInput> = {
    id: id(),
    input: {
      title: say2('减少退回修改的订单', 'Fewer orders returned for correction'),
      process: 'order_processing',
      phase: 'act',
      problem: say2('混装订单常因规格错误被退回。', 'Mixed orders often come back with the wrong sizes.'),
      metric: 'errorRate',
      goalId: null,
      target: 2,
      measures: say2(
        '混装订单发货前由第二人复核。',
        'A second person checks every mixed order before it ships.',
      ),
      beforeFrom: day(-90),
      beforeTo: day(-61),
      afterFrom: day(-30),
      afterTo: day(-1),
      checkNote: '',
      sopId: orderSop.id,
      sopVersion: 2,
      dutyId: null,
      actNote: say2('复核写入订单处理流程第 2 版。', 'The second check is in version 2 of the order SOP.'),
    },
  };

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

  return {
    meetingSchedules: [weekly, ...oneOnOnes],
    meetings: [...teamMeetings, ...talks],
    actionItems,
    risks,
    incidents,
    pdcaCycles: [pdca],
    sops: [orderSop, complaintSop, dataSop],
    sopVersions,
    sopAcks,
    teamEvents,
    coreValues,
    recognitions,
    careRecords,
    absenceDetails,
  };
}

const valueWords = [
  text('互相补位，一起把事情做完。', 'We cover for each other and finish together.'),
  text('不断找更好的做法。', 'We keep looking for a better way.'),
  text('说到做到，对结果负责。', 'We do what we say and own the result.'),
  text('对客户和同事诚实。', 'We are honest with customers and colleagues.'),
];
