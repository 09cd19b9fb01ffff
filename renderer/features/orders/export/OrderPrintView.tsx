import { useTranslation } from 'react-i18next';
import { lineAmounts, shownUnitPrice } from '../../../../shared/rules/money';
import { outstanding } from '../../../../shared/rules/shipping';
import type { Customer } from '../../../../shared/schema/customer';
import type { Order } from '../../../../shared/schema/order';
import type { Product } from '../../../../shared/schema/product';
import { formatAmount, formatDate, formatDateTime, formatNumber } from '../../../i18n/format';
import './OrderPrintView.css';

export type PrintVariant = 'confirmation' | 'picking';

export interface OrderPrintViewProps {
  order: Order;
  customer: Customer | undefined;
  /** The products on the order's lines, by id. */
  products: ReadonlyMap<string, Product>;
  /** 'confirmation' shows prices and totals; 'picking' shows what to pick, with tick boxes, no prices. */
  variant: PrintVariant;
  /** Footer: which machine printed it, and when. */
  machineName: string;
  printedAt?: Date;
}

/** One order laid out for paper (A4): an order confirmation for the customer, or a picking list. */
export function OrderPrintView(props: OrderPrintViewProps) {
  const { t } = useTranslation();
  const { order, customer, products, variant } = props;
  const picking = variant === 'picking';
  const money = (minor: number) => formatAmount(minor, order.currency);
  // A picking list is what is still to go out: each line's outstanding quantity, lines already shipped
  // left out (numbered as on the confirmation, so the two sheets match).
  const rows = order.lines
    .map((line, index) => ({
      line,
      index,
      quantity: picking ? outstanding(line, order.status) : line.quantity,
    }))
    .filter((row) => !picking || row.quantity > 0);
  const totalQuantity = rows.reduce((sum, row) => sum + row.quantity, 0);

  return (
    <article className="sd-print" data-testid={`print-${variant}`}>
      <header className="sd-print-head">
        <div>
          <h1>{picking ? t('ordersExport.print.picking') : t('ordersExport.print.confirmation')}</h1>
          <div className="sd-print-number">
            {t('ordersExport.print.number')} {order.number}
          </div>
        </div>
        <dl className="sd-print-facts">
          <dt>{t('ordersExport.print.orderedAt')}</dt>
          <dd>{formatDateTime(order.orderedAt)}</dd>
          <dt>{t('ordersExport.print.requestedDate')}</dt>
          <dd>{order.requestedDate ? formatDate(order.requestedDate) : '—'}</dd>
          <dt>{t('ordersExport.print.priority')}</dt>
          <dd>{t(`priority.${order.priority}`)}</dd>
          {!picking && (
            <>
              <dt>{t('ordersExport.print.status')}</dt>
              <dd>{t(`status.${order.status}`)}</dd>
            </>
          )}
        </dl>
      </header>

      <section className="sd-print-parties">
        <dl className="sd-print-facts">
          <dt>{t('ordersExport.print.customer')}</dt>
          <dd>
            <strong>{customer?.name ?? ''}</strong>
          </dd>
          <dt>{t('ordersExport.print.code')}</dt>
          <dd>{customer?.code ?? ''}</dd>
          {customer?.contact ? (
            <>
              <dt>{t('ordersExport.print.contact')}</dt>
              <dd>{customer.contact}</dd>
            </>
          ) : null}
          {customer?.phone ? (
            <>
              <dt>{t('ordersExport.print.phone')}</dt>
              <dd>{customer.phone}</dd>
            </>
          ) : null}
        </dl>
        {customer?.address ? (
          <dl className="sd-print-facts">
            <dt>{t('ordersExport.print.address')}</dt>
            <dd>{customer.address}</dd>
          </dl>
        ) : (
          <div />
        )}
      </section>

      <table>
        <thead>
          <tr>
            <th className="num">{t('ordersExport.print.columns.index')}</th>
            <th>{t('ordersExport.print.columns.sku')}</th>
            <th>{t('ordersExport.print.columns.product')}</th>
            <th className="num">
              {t(picking ? 'ordersExport.print.columns.toPick' : 'ordersExport.print.columns.quantity')}
            </th>
            <th>{t('ordersExport.print.columns.unit')}</th>
            {picking ? (
              <th className="check">{t('ordersExport.print.columns.picked')}</th>
            ) : (
              <>
                <th className="num">{t('ordersExport.print.columns.unitPrice')}</th>
                <th className="num">{t('ordersExport.print.columns.discount')}</th>
                <th className="num">{t('ordersExport.print.columns.lineTotal')}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={6}>{t('ordersExport.print.nothingToPick')}</td>
            </tr>
          )}
          {rows.map(({ line, index, quantity }) => {
            const product = products.get(line.productId);
            return (
              <tr key={index}>
                <td className="num">{index + 1}</td>
                <td className="sku">{product?.sku ?? ''}</td>
                <td>{product?.name ?? t('ordersExport.print.unknownProduct')}</td>
                <td className="num">{formatNumber(quantity)}</td>
                <td>{product?.unit ?? ''}</td>
                {picking ? (
                  <td className="check">
                    <span className="box" />
                  </td>
                ) : (
                  <>
                    <td className="num">{shownUnitPrice(line, money)}</td>
                    <td className="num">{line.discount > 0 ? money(line.discount) : ''}</td>
                    <td className="num">{money(lineAmounts(line).net)}</td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>

      <table className="sd-print-totals">
        <tbody>
          {picking ? (
            <tr>
              <td>{t('ordersExport.print.totalQuantity')}</td>
              <td className="num">{formatNumber(totalQuantity)}</td>
            </tr>
          ) : (
            <>
              <tr>
                <td>{t('ordersExport.print.subtotal')}</td>
                <td className="num">{money(order.subtotal)}</td>
              </tr>
              <tr>
                <td>{t('ordersExport.print.tax')}</td>
                <td className="num">{money(order.tax)}</td>
              </tr>
              <tr>
                <td>{t('ordersExport.print.total')}</td>
                <td className="num" data-testid="print-total">
                  {money(order.total)}
                </td>
              </tr>
            </>
          )}
        </tbody>
      </table>

      {order.notes && (
        <p className="sd-print-notes">
          <strong>{t('ordersExport.print.notes')}:</strong> {order.notes}
        </p>
      )}

      <div className="sd-print-sign">
        {picking ? (
          <>
            <div>{t('ordersExport.print.pickedBy')}</div>
            <div>{t('ordersExport.print.checkedBy')}</div>
          </>
        ) : (
          <div>{t('ordersExport.print.customerSignature')}</div>
        )}
      </div>

      <footer className="sd-print-foot">
        {t('ordersExport.print.printedAt', {
          when: formatDateTime((props.printedAt ?? new Date()).toISOString()),
          machine: props.machineName,
        })}
      </footer>
    </article>
  );
}
