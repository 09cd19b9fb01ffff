import type { StaffInput } from '../schema/staff';
import { DAY, localIsoDate } from './dates';
import { type Bilingual, type SampleLanguage, say } from './language';
import { chineseStaffNames, englishStaffNames } from './names';
import { type Random, shuffled } from './random';
import type { Sample } from './types';

export type RoleKey = 'orders' | 'service' | 'entry' | 'analysis' | 'support' | 'billing';

export const roles: Record<RoleKey, Bilingual> = {
  orders: { zh: '订单处理', en: 'Order processing' },
  service: { zh: '客服', en: 'Customer service' },
  entry: { zh: '数据录入', en: 'Data entry' },
  analysis: { zh: '数据分析', en: 'Data analyst' },
  support: { zh: '销售助理', en: 'Sales assistant' },
  billing: { zh: '开票结算', en: 'Billing clerk' },
};

interface Seat {
  role: RoleKey;
  level: StaffInput['level'];
  handlesOrders: boolean;
  status?: StaffInput['status'];
  hours?: number;
}

/** The office's twelve seats: who does what, at which level. Names are drawn per seed. */
export const seats: readonly Seat[] = [
  { role: 'orders', level: 'senior', handlesOrders: true },
  { role: 'orders', level: 'experienced', handlesOrders: true },
  { role: 'orders', level: 'experienced', handlesOrders: true },
  { role: 'orders', level: 'new', handlesOrders: true },
  { role: 'service', level: 'senior', handlesOrders: true },
  { role: 'service', level: 'experienced', handlesOrders: false },
  { role: 'service', level: 'new', handlesOrders: false, hours: 24 },
  { role: 'entry', level: 'experienced', handlesOrders: false, status: 'on_leave' },
  { role: 'entry', level: 'new', handlesOrders: false },
  { role: 'analysis', level: 'senior', handlesOrders: false },
  { role: 'support', level: 'experienced', handlesOrders: true },
  { role: 'billing', level: 'experienced', handlesOrders: false },
];

const yearsAgo: Record<StaffInput['level'], readonly [number, number]> = {
  new: [60, 330],
  experienced: [2 * 365, 5 * 365],
  senior: [5 * 365, 11 * 365],
};

const notes: Record<StaffInput['level'], Bilingual> = {
  new: { zh: '试用期，需带教', en: 'On probation; has a mentor' },
  experienced: { zh: '', en: '' },
  senior: { zh: '可带教新人', en: 'Mentors new colleagues' },
};

export function generateStaff(random: Random, language: SampleLanguage, asOf: Date): Sample<StaffInput>[] {
  const chinese = shuffled(random, chineseStaffNames).slice(0, 8);
  const english = shuffled(random, englishStaffNames).slice(0, seats.length - 8);
  const names = shuffled(random, [...chinese, ...english]);
  return seats.map((seat, i) => {
    const [name, latin] = names[i] as readonly [string, string];
    const [minDays, maxDays] = yearsAgo[seat.level];
    const input: StaffInput = {
      name,
      role: say(roles[seat.role], language),
      level: seat.level,
      startDate: localIsoDate(new Date(asOf.getTime() - random.int(minDays, maxDays) * DAY)),
      email: `${latin}@salesdesk.example.cn`,
      phone: `1${random.pick([3, 5, 7, 8, 9])}${String(random.int(0, 999_999_999)).padStart(9, '0')}`,
      weeklyCapacityHours: seat.hours ?? 40,
      status: seat.status ?? 'active',
      handlesOrders: seat.handlesOrders,
      notes: say(notes[seat.level], language),
    };
    return { id: random.uuid(), input };
  });
}
