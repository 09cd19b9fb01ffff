import type { IncidentInput, RiskInput } from '../../schema/risk';
import type { SampleOffice } from '../office';
import type { Sample } from '../types';
import type { RoutinesContext } from './context';

// The sample's risk register: five risks, one past its review day; four incidents — a customer complaint
// about a recent order and another incident on the same risk within 90 days.

/** The order a customer complained about: the loader passes a recent completed one of the sample's orders. */
export interface ComplaintOrder {
  id: string;
  customerId: string;
  assigneeId: string | null;
}

export function sampleRisks(c: RoutinesContext, office: SampleOffice, order: ComplaintOrder | null) {
  const { say2, day, id, lead, service, analyst } = c;
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
  return { risks, incidents, complaint };
}
