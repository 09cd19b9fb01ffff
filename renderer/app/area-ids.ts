// The areas' route ids (#/orders), apart from their pages so that a page may link to another area
// without importing the shell that loads it.

export const areaIds = [
  'dashboard',
  'orders',
  'customers',
  'team',
  'goals',
  'analysis',
  'training',
  'reviews',
  'routines',
  'sharing',
  'settings',
] as const;
export type AreaId = (typeof areaIds)[number];

export const isAreaId = (value: string): value is AreaId => (areaIds as readonly string[]).includes(value);
