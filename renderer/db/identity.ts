import { type IdentityInput, identityFields } from '../../shared/schema/identity';
import { validate } from '../../shared/validation';
import type { SalesDeskDb } from './database';
import { markNewOfficeChecked } from './revs-checked';

/** Who this machine is. Local to the machine: never exported, never merged. */
export interface MachineIdentity {
  deviceId: string;
  machineName: string;
  orderPrefix: string;
  createdAt: string;
}

const IDENTITY_KEY = 'identity';

/** A prefix suggestion that differs between machines with high probability: a letter and a digit. */
export function suggestPrefix(deviceId: string): string {
  const digits = deviceId.replace(/[^0-9a-f]/g, '');
  const n = Number.parseInt(digits.slice(0, 6) || '0', 16);
  return `${String.fromCharCode(65 + (n % 26))}${Math.floor(n / 26) % 10}`;
}

export async function loadIdentity(db: SalesDeskDb): Promise<MachineIdentity | undefined> {
  const row = await db.meta.get(IDENTITY_KEY);
  return row?.value as MachineIdentity | undefined;
}

/** Name the machine and its order prefix; refused (a Refusal naming the field) when either is not valid. */
export async function saveIdentity(
  db: SalesDeskDb,
  input: IdentityInput & Partial<Pick<MachineIdentity, 'deviceId'>>,
): Promise<MachineIdentity> {
  const { machineName, orderPrefix } = validate('identity', identityFields, input);
  const existing = await loadIdentity(db);
  const identity: MachineIdentity = {
    deviceId: existing?.deviceId ?? input.deviceId ?? crypto.randomUUID(),
    createdAt: existing?.createdAt ?? new Date().toISOString(),
    machineName,
    orderPrefix,
  };
  await db.meta.put({ key: IDENTITY_KEY, value: identity });
  // A machine named on an empty database: nothing in it predates the rev checks (rev-repair.ts).
  if (!existing) await markNewOfficeChecked(db);
  return identity;
}
