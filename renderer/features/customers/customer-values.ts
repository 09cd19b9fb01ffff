import { formatMoneyInput, parseMoneyInput } from '../../../shared/rules/money-input';
import {
  type Customer,
  type CustomerInput,
  customerFields,
  customerSegments,
} from '../../../shared/schema/customer';
import { amountProblem, emailProblem, type Problems, tagsProblem, textProblem } from './field-problems';

// The customer form as typed text, checked field by field and turned into a CustomerInput.
// The credit limit is typed in the office currency ('50000.00') and stored in minor units.

export type CustomerSegment = (typeof customerSegments)[number];

export interface CustomerFormValues {
  code: string;
  name: string;
  contact: string;
  phone: string;
  email: string;
  address: string;
  segment: CustomerSegment | '';
  region: string;
  tags: string[];
  creditLimit: string;
  notes: string;
}

export type CustomerField = keyof CustomerFormValues;

export const customerFormFields = [
  'code',
  'name',
  'contact',
  'phone',
  'email',
  'address',
  'segment',
  'region',
  'tags',
  'creditLimit',
  'notes',
] as const satisfies readonly CustomerField[];

export const emptyCustomerValues = (): CustomerFormValues => ({
  code: '',
  name: '',
  contact: '',
  phone: '',
  email: '',
  address: '',
  segment: 'regular',
  region: '',
  tags: [],
  creditLimit: '0',
  notes: '',
});

export const customerValuesFrom = (customer: Customer, digits: number): CustomerFormValues => ({
  code: customer.code,
  name: customer.name,
  contact: customer.contact,
  phone: customer.phone,
  email: customer.email,
  address: customer.address,
  segment: customer.segment,
  region: customer.region,
  tags: [...customer.tags],
  creditLimit: formatMoneyInput(customer.creditLimit, digits),
  notes: customer.notes,
});

const shape = customerFields.shape;

/** Every field's problem, or the input to save when there is none. */
export function checkCustomerValues(
  values: CustomerFormValues,
  digits: number,
): { problems: Problems<CustomerField>; input: CustomerInput | null } {
  const problems: Problems<CustomerField> = {};
  const found = {
    code: textProblem(values.code, shape.code, true),
    name: textProblem(values.name, shape.name, true),
    contact: textProblem(values.contact, shape.contact, false),
    phone: textProblem(values.phone, shape.phone, false),
    email: emailProblem(values.email, shape.email),
    address: textProblem(values.address, shape.address, false),
    region: textProblem(values.region, shape.region, false),
    tags: tagsProblem(
      values.tags.filter((tag) => tag.trim()),
      shape.tags,
    ),
    notes: textProblem(values.notes, shape.notes, false),
  };
  for (const [field, problem] of Object.entries(found))
    if (problem) problems[field as CustomerField] = problem;
  if (!customerSegments.includes(values.segment as CustomerSegment)) {
    problems.segment = { key: 'customersArea.errors.segment' };
  }
  const credit = parseMoneyInput(values.creditLimit, digits);
  if (!credit.ok) problems.creditLimit = amountProblem(credit.reason, digits);
  if (Object.keys(problems).length > 0 || !credit.ok) return { problems, input: null };
  return {
    problems,
    input: {
      code: values.code.trim(),
      name: values.name.trim(),
      contact: values.contact.trim(),
      phone: values.phone.trim(),
      email: values.email.trim(),
      address: values.address.trim(),
      segment: values.segment as CustomerSegment,
      region: values.region.trim(),
      tags: [...new Set(values.tags.map((tag) => tag.trim()).filter(Boolean))],
      creditLimit: credit.value,
      notes: values.notes.trim(),
    },
  };
}
