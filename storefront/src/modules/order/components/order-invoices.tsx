import type { StorefrontLocale } from "@seleno/domain"
import { format, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import type { OrderInvoice } from "@/lib/data/invoices"

/** Each enterprise's invoice for its part of the shopper's order: its status and, once issued, the PDF. */
export function OrderInvoices({ orderId, invoices, locale }: { orderId: string; invoices: OrderInvoice[]; locale: StorefrontLocale }) {
  const t = getMessages(locale).invoices
  if (!invoices.length) return null
  return (
    <div className="mt-2 text-sm" data-testid="order-invoices">
      <p className="text-stone-700">{t.intro}</p>
      <ul className="mt-2 space-y-1">
        {invoices.map((invoice) => (
          <li key={invoice.id} className="flex flex-wrap items-center gap-2" data-testid="order-invoice-row">
            <span>{invoice.enterprise_name ?? invoice.enterprise_id}</span>
            <span className="rounded bg-stone-100 px-2 py-0.5" data-testid="order-invoice-status">
              {t.status[invoice.status]}
            </span>
            {invoice.status === "issued" ? (
              <a
                className="link"
                href={localePath(locale, `/account/orders/${orderId}/invoices/${invoice.id}`)}
                aria-label={format(t.downloadFor, { enterprise: invoice.enterprise_name ?? "" })}
              >
                {t.download}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  )
}
