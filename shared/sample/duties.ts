import type { DutyInput } from '../schema/duty';
import type { StaffInput } from '../schema/staff';
import { type Bilingual, type SampleLanguage, say } from './language';
import type { Random } from './random';
import type { Sample } from './types';

interface DutyTemplate {
  name: Bilingual;
  description: Bilingual;
  complexity: DutyInput['complexity'];
  hoursPerWeek: number;
  skill: Bilingual;
  level: number;
  /** Seat indices in shared/sample/staff.ts `seats`. */
  primary: number;
  backups: readonly number[];
}

const duty = (
  name: [string, string],
  description: [string, string],
  complexity: DutyInput['complexity'],
  hoursPerWeek: number,
  skill: [string, string],
  level: number,
  primary: number,
  backups: number[],
): DutyTemplate => ({
  name: { zh: name[0], en: name[1] },
  description: { zh: description[0], en: description[1] },
  complexity,
  hoursPerWeek,
  skill: { zh: skill[0], en: skill[1] },
  level,
  primary,
  backups,
});

/** The eight duties of a sales back office (from the source article), with owners by seat. */
export const dutyTemplates: readonly DutyTemplate[] = [
  duty(
    ['订单处理', 'Order processing'],
    ['审核、确认并跟进订单直至发货完成', 'Check, confirm and follow orders through to delivery'],
    'standard',
    30,
    ['订单系统操作', 'Order system'],
    2,
    0,
    [1, 2],
  ),
  duty(
    ['客户咨询', 'Customer queries'],
    [
      '电话、邮件答复客户关于价格、库存和交期的咨询',
      'Answer customer questions on price, stock and delivery',
    ],
    'standard',
    20,
    ['客户沟通', 'Customer communication'],
    2,
    4,
    [5, 6],
  ),
  duty(
    ['数据录入', 'Data entry'],
    ['录入订单、客户和产品资料，保证数据准确', 'Enter orders, customers and products accurately'],
    'simple',
    15,
    ['Excel', 'Excel'],
    1,
    7,
    [8],
  ),
  duty(
    ['数据分析与报表', 'Data analysis and reports'],
    ['编制周报、月报，分析销售趋势', 'Weekly and monthly reports; sales trend analysis'],
    'complex',
    8,
    ['数据分析', 'Data analysis'],
    3,
    9,
    [0],
  ),
  duty(
    ['销售支持', 'Sales support'],
    ['为销售准备报价、样品和投标资料', 'Prepare quotes, samples and tender documents for sales'],
    'standard',
    12,
    ['产品知识', 'Product knowledge'],
    2,
    10,
    [3],
  ),
  duty(
    ['投诉处理', 'Complaint handling'],
    ['登记、跟进并闭环客户投诉', 'Log, follow up and close customer complaints'],
    'complex',
    6,
    ['客户沟通', 'Customer communication'],
    3,
    5,
    [4],
  ),
  duty(
    ['开票与回款跟进', 'Invoicing and payment follow-up'],
    ['开具发票，跟进应收账款', 'Issue invoices and chase receivables'],
    'standard',
    10,
    ['财务基础', 'Finance basics'],
    2,
    11,
    [9],
  ),
  duty(
    ['合同与单据归档', 'Contract and document filing'],
    ['合同、签收单等单据的整理与归档', 'File contracts, delivery receipts and other documents'],
    'simple',
    4,
    ['档案管理', 'Records management'],
    1,
    8,
    [],
  ),
];

/** The duty that takes submitted orders (routesOrders) in the sample office and the standard catalogue. */
export const orderProcessing = dutyTemplates[0];

export function generateDuties(
  random: Random,
  language: SampleLanguage,
  staff: readonly Sample<StaffInput>[],
): Sample<DutyInput>[] {
  const staffId = (seat: number) => {
    const member = staff[seat];
    if (!member) throw new Error(`No staff member in seat ${seat}`);
    return member.id;
  };
  return dutyTemplates.map((template) => ({
    id: random.uuid(),
    input: {
      name: say(template.name, language),
      description: say(template.description, language),
      complexity: template.complexity,
      hoursPerWeek: template.hoursPerWeek,
      requiredSkill: say(template.skill, language),
      requiredLevel: template.level,
      primaryId: staffId(template.primary),
      backupIds: template.backups.map(staffId),
      // Order processing takes submitted orders: whoever covers it today gets them.
      routesOrders: template === orderProcessing,
      covers: { segments: [], regions: [] },
    },
  }));
}
