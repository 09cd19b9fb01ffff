// How long stored text may be, in one place so the forms, the order-lines import and packages agree.
// Set from real exports (CRM, ERP, marketplace listings): product names of 120-odd characters are
// common, addresses carry building, floor and delivery instructions, notes collect whole threads.

/** Customer, product and duty names. */
export const NAME_MAX = 255;
/** Customer codes and product SKUs. */
export const CODE_MAX = 40;
/** A postal address, with the delivery instructions people add to it. */
export const ADDRESS_MAX = 1000;
/** Free notes on a record or an order. */
export const NOTES_MAX = 10_000;
