import { type Bilingual, say, type TwoLanguages } from '../language';
import type { DutyInput } from '../schema/duty';

// The eight duties of a sales back office (from the method SalesDesk supports), in both languages: an
// empty office can start from them, and the sample office is built on them. Offered unowned — the
// office assigns its own people — with order processing routing submitted orders.

export interface StandardDuty {
  name: Bilingual;
  description: Bilingual;
  complexity: DutyInput['complexity'];
  hoursPerWeek: number;
  skill: Bilingual;
  level: number;
}

const standard = (
  name: [string, string],
  description: [string, string],
  complexity: DutyInput['complexity'],
  hoursPerWeek: number,
  skill: [string, string],
  level: number,
): StandardDuty => ({
  name: { zh: name[0], en: name[1] },
  description: { zh: description[0], en: description[1] },
  complexity,
  hoursPerWeek,
  skill: { zh: skill[0], en: skill[1] },
  level,
});

export const standardDutyList: readonly StandardDuty[] = [
  standard(
    ['订单处理', 'Order processing'],
    ['审核、确认并跟进订单直至发货完成', 'Check, confirm and follow orders through to delivery'],
    'standard',
    30,
    ['订单系统操作', 'Order system'],
    2,
  ),
  standard(
    ['客户咨询', 'Customer queries'],
    [
      '电话、邮件答复客户关于价格、库存和交期的咨询',
      'Answer customer questions on price, stock and delivery',
    ],
    'standard',
    20,
    ['客户沟通', 'Customer communication'],
    2,
  ),
  standard(
    ['数据录入', 'Data entry'],
    ['录入订单、客户和产品资料，保证数据准确', 'Enter orders, customers and products accurately'],
    'simple',
    15,
    ['Excel', 'Excel'],
    1,
  ),
  standard(
    ['数据分析与报表', 'Data analysis and reports'],
    ['编制周报、月报，分析销售趋势', 'Weekly and monthly reports; sales trend analysis'],
    'complex',
    8,
    ['数据分析', 'Data analysis'],
    3,
  ),
  standard(
    ['销售支持', 'Sales support'],
    ['为销售准备报价、样品和投标资料', 'Prepare quotes, samples and tender documents for sales'],
    'standard',
    12,
    ['产品知识', 'Product knowledge'],
    2,
  ),
  standard(
    ['投诉处理', 'Complaint handling'],
    ['登记、跟进并闭环客户投诉', 'Log, follow up and close customer complaints'],
    'complex',
    6,
    ['客户沟通', 'Customer communication'],
    3,
  ),
  standard(
    ['开票与回款跟进', 'Invoicing and payment follow-up'],
    ['开具发票，跟进应收账款', 'Issue invoices and chase receivables'],
    'standard',
    10,
    ['财务基础', 'Finance basics'],
    2,
  ),
  standard(
    ['合同与单据归档', 'Contract and document filing'],
    ['合同、签收单等单据的整理与归档', 'File contracts, delivery receipts and other documents'],
    'simple',
    4,
    ['档案管理', 'Records management'],
    1,
  ),
];

/** The duty that takes submitted orders (routesOrders). */
export const orderProcessing = standardDutyList[0];

/** The eight standard duties in `language`, unowned; order processing routes submitted orders. */
export function standardDuties(language: TwoLanguages): DutyInput[] {
  return standardDutyList.map((duty) => ({
    name: say(duty.name, language),
    description: say(duty.description, language),
    complexity: duty.complexity,
    hoursPerWeek: duty.hoursPerWeek,
    requiredSkill: say(duty.skill, language),
    requiredLevel: duty.level,
    requiredCourseId: null,
    primaryId: null,
    backupIds: [],
    routesOrders: duty === orderProcessing,
    covers: { segments: [], regions: [] },
  }));
}
