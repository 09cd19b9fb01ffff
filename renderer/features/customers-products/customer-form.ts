import { formatMoneyInput } from '../../../shared/rules/money-input';
import { type Customer, customerFields, type customerSegments } from '../../../shared/schema/customer';
import { optionalEmail } from '../../../shared/schema/envelope';
import { amountText } from '../../../shared/schema/typed-input';

// The customer form: its fields as typed, checked by the customer schema with the credit limit typed in
// the office currency ('50000.00') and stored in minor units.

export interface CustomerFormValues extends Record<string, unknown> {
  code: string;
  name: string;
  contact: string;
  phone: string;
  email: string;
  address: string;
  segment: (typeof customerSegments)[number] | '';
  region: string;
  tags: string[];
  creditLimit: string;
  notes: string;
}

export const customerFormSchema = (digits: number) =>
  customerFields.extend({
    email: optionalEmail(),
    creditLimit: amountText(digits, customerFields.shape.creditLimit),
  });

/** What the form shows: the customer as stored, or a new one (a regular customer with no credit). */
export const customerFormValues = (customer: Customer | null, digits: number): CustomerFormValues => ({
  code: customer?.code ?? '',
  name: customer?.name ?? '',
  contact: customer?.contact ?? '',
  phone: customer?.phone ?? '',
  email: customer?.email ?? '',
  address: customer?.address ?? '',
  segment: customer?.segment ?? 'regular',
  region: customer?.region ?? '',
  tags: [...(customer?.tags ?? [])],
  creditLimit: formatMoneyInput(customer?.creditLimit ?? 0, digits),
  notes: customer?.notes ?? '',
});
