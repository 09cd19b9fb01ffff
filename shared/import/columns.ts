// The fields of one order-line row and which file column holds each. Headers are matched against
// English and Chinese names used by Excel templates, Zoho CRM and Fxiaoke (纷享销客), ignoring case,
// spaces, punctuation, full/half width, a bracketed unit ('单价(元)', 'Price (CNY)') and a leading '*'
// (required-field marks in CRM templates). Bilingual headers ('数量/Qty', 'Quantity 数量') match too.

export const importFields = [
  'orderNumber',
  'customer',
  'customerCode',
  'product',
  'sku',
  'quantity',
  'unitPrice',
  'amount',
  'discount',
  'taxRate',
  'orderDate',
  'requestedDate',
  'priority',
  'notes',
  'unit',
  'region',
  'segment',
  'contact',
  'phone',
  'currency',
] as const;

export type ImportField = (typeof importFields)[number];

/** Must be mapped before a plan can be made (unit price is required only for new products, per row). */
export const requiredFields: readonly ImportField[] = ['orderNumber', 'customer', 'product', 'quantity'];

/** field → 0-based column index. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/**
 * A mapping remembered between imports: field → header text, or null for "deliberately not mapped"
 * (so auto-matching does not bring it back). Keyed by our field names, never by file text, so a header
 * called '__proto__' cannot reach the object's prototype.
 */
export type SavedMapping = Partial<Record<ImportField, string | null>>;

// Best names first: when two headers match one field, the one with the earlier synonym wins.
const synonyms: Record<ImportField, readonly string[]> = {
  orderNumber: [
    '订单号',
    '订单编号',
    '销售订单号',
    '销售订单编号',
    '单号',
    '单据编号',
    '订单id',
    'order id',
    'order no',
    'order number',
    'sales order number',
    'sales order no',
    'sales order id',
    'so number',
    'so no',
    'so id',
    '销售订单',
    'sales order',
    '订单',
    'order',
  ],
  customer: [
    '客户名称',
    '客户',
    '客户名',
    '客户全称',
    '购货单位',
    'customer name',
    'customer',
    'account name',
    'account',
    'client name',
    'client',
  ],
  customerCode: [
    '客户编码',
    '客户编号',
    '客户代码',
    'customer code',
    'customer id',
    'customer no',
    'customer number',
    'account number',
    'account no',
    'account code',
  ],
  product: [
    '产品名称',
    '产品',
    '商品名称',
    '商品',
    '品名',
    '物料名称',
    '存货名称',
    'product name',
    'product',
    'item name',
    'item',
  ],
  sku: [
    '产品编码',
    '产品编号',
    '商品编码',
    '商品编号',
    '物料编码',
    '物料编号',
    '存货编码',
    '货号',
    'sku',
    'product code',
    'product id',
    'item code',
    'item no',
    'part number',
  ],
  quantity: ['数量', '订货数量', '销售数量', '订购数量', 'quantity', 'qty'],
  unitPrice: [
    '单价',
    '销售单价',
    '产品单价',
    '商品单价',
    '售价',
    '价格',
    '成交价',
    'unit price',
    'list price',
    'price',
    'sales price',
    'selling price',
    'rate',
  ],
  amount: [
    '金额',
    '总额',
    '小计',
    '总金额',
    '销售金额',
    '价税合计',
    '合计',
    'amount',
    'line total',
    'sales',
    'total',
    'item total',
    'total amount',
  ],
  discount: ['折扣', '折扣额', '折扣金额', '优惠', '优惠金额', 'discount', 'discount amount'],
  taxRate: ['税率', '增值税率', '增值税税率', 'tax rate', 'tax', 'vat rate', 'vat', 'tax %'],
  orderDate: [
    '订单日期',
    '下单日期',
    '下单时间',
    '单据日期',
    '日期',
    '创建时间',
    '创建日期',
    'order date',
    'sales order date',
    'so date',
    'date',
    'created time',
    'created date',
    'created at',
  ],
  requestedDate: [
    '交货日期',
    '要求交期',
    '交期',
    '要求交货日期',
    '交付日期',
    '到货日期',
    '要求到货日期',
    '期望交货日期',
    'delivery date',
    'due date',
    'requested date',
    'required date',
    'expected delivery date',
    'ship by',
  ],
  priority: ['优先级', '紧急程度', '是否加急', 'priority'],
  notes: [
    '备注',
    '说明',
    '附注',
    '备注说明',
    'notes',
    'note',
    'description',
    'remarks',
    'remark',
    'comments',
    'memo',
  ],
  currency: ['币种', '币别', '货币', '币制', 'currency', 'currency code', 'ccy', 'curr'],
  unit: ['单位', '计量单位', 'unit', 'uom', 'unit of measure', 'usage unit'],
  region: ['区域', '地区', '销售区域', '省份', 'region', 'area', 'territory'],
  segment: ['客户类型', '客户等级', '客户分类', '客户级别', 'segment', 'customer type', 'account type'],
  contact: ['联系人', '联系人姓名', 'contact', 'contact name', 'contact person'],
  phone: ['电话', '联系电话', '手机', '手机号', 'phone', 'mobile', 'tel', 'telephone', 'phone number'],
};

/** Header text → comparison key: NFKC, lower case, brackets and everything but letters/digits removed. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[([{【（〔<《][^)\]}】）〕>》]*[)\]}】）〕>》]/g, '')
    .replace(/#/g, 'no')
    .replace(/%/g, 'pct')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const lookup = new Map<string, { field: ImportField; rank: number }>();
for (const field of importFields) {
  synonyms[field].forEach((name, rank) => {
    const key = headerKey(name);
    if (!lookup.has(key)) lookup.set(key, { field, rank });
  });
}

/** Parts of a bilingual header: '数量/Qty', 'Quantity 数量', 'Product Details.Product Name'. */
function headerParts(header: string): string[] {
  return header
    .normalize('NFKC')
    .split(/[/|.>:：\n]|(?<=\p{Script=Han})\s*(?=[A-Za-z])|(?<=[A-Za-z])\s*(?=\p{Script=Han})/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The field a header names, and how good a name it is for it (lower is better), or null. */
export function matchHeader(header: string): { field: ImportField; rank: number } | null {
  const whole = lookup.get(headerKey(header));
  if (whole) return whole;
  const parts = headerParts(header)
    .map((part) => lookup.get(headerKey(part)))
    .filter((match) => match !== undefined);
  const first = parts[0];
  if (!first || parts.some((match) => match.field !== first.field)) return null;
  // A part match ranks behind any whole-header match for the same field.
  return { field: first.field, rank: 1000 + Math.min(...parts.map((match) => match.rank)) };
}

/** Field → column index for every header that names a field; each column used once. */
export function autoMatchColumns(
  headers: readonly string[],
  taken: ReadonlySet<number> = new Set(),
): ColumnMapping {
  const best = new Map<ImportField, { index: number; rank: number }>();
  headers.forEach((header, index) => {
    if (taken.has(index)) return;
    const match = matchHeader(header);
    if (!match) return;
    const current = best.get(match.field);
    if (!current || match.rank < current.rank) best.set(match.field, { index, rank: match.rank });
  });
  const mapping: ColumnMapping = {};
  for (const [field, { index }] of best) mapping[field] = index;
  return mapping;
}

/**
 * Re-apply a remembered mapping: each saved header is found by exact text, then by its key; fields
 * saved as null stay unmapped; fields not in the saved mapping (or whose header is gone) are
 * auto-matched from the remaining columns.
 */
export function applySavedMapping(headers: readonly string[], saved: SavedMapping): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const field of importFields) {
    const header = Object.hasOwn(saved, field) ? saved[field] : undefined;
    if (typeof header !== 'string') continue;
    let index = headers.findIndex((h, i) => !used.has(i) && h === header);
    if (index < 0) index = headers.findIndex((h, i) => !used.has(i) && headerKey(h) === headerKey(header));
    if (index >= 0) {
      mapping[field] = index;
      used.add(index);
    }
  }
  const auto = autoMatchColumns(headers, used);
  for (const field of importFields) {
    if (mapping[field] !== undefined || auto[field] === undefined) continue;
    if (Object.hasOwn(saved, field) && saved[field] === null) continue;
    mapping[field] = auto[field];
  }
  return mapping;
}

/**
 * The mapping to remember: field → header text. A field is saved as null only when the user unmapped
 * it although a header here would auto-match it, so a column that is new next time still gets matched.
 */
export function mappingToSaved(headers: readonly string[], mapping: ColumnMapping): SavedMapping {
  const auto = autoMatchColumns(headers);
  const saved: SavedMapping = {};
  for (const field of importFields) {
    const index = mapping[field];
    const header = index === undefined ? undefined : headers[index];
    if (header !== undefined) saved[field] = header;
    else if (auto[field] !== undefined) saved[field] = null;
  }
  return saved;
}

/** Required fields with no column: the UI says "map X". */
export function missingRequired(mapping: ColumnMapping): ImportField[] {
  return requiredFields.filter((field) => mapping[field] === undefined);
}
