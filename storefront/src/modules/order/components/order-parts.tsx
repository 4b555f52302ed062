import type { StorefrontLocale } from "@seleno/domain"
import Link from "next/link"
import { format, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import type { OrderPart } from "@/lib/data/order-parts"

const STATUS_TONE: Record<OrderPart["status"], string> = {
  not_fulfilled: "bg-stone-100 text-stone-800",
  partially_fulfilled: "bg-amber-100 text-amber-900",
  fulfilled: "bg-sky-100 text-sky-900",
  shipped: "bg-brand-100 text-brand-800",
}

/** Each enterprise ships its own items: one block per part with its status and tracking numbers. */
export function OrderParts({ parts, locale }: { parts: OrderPart[]; locale: StorefrontLocale }) {
  const t = getMessages(locale).orderParts
  if (parts.length === 0) return null
  const lang = locale === "en" ? "en" : "zh"
  return (
    <section aria-labelledby="order-parts" className="rounded-lg border border-stone-200 bg-white p-4" data-testid="order-parts">
      <h2 id="order-parts" className="font-semibold text-stone-900">
        {t.title}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{t.intro}</p>
      <ul className="mt-3 space-y-4">
        {parts.map((part) => (
          <li key={part.enterprise.id} className="rounded border border-stone-200 p-3" data-testid="order-part">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Link href={localePath(locale, `/enterprises/${part.enterprise.handle}`)} className="link font-medium">
                {part.enterprise.name}
              </Link>
              <span className={`rounded px-2 py-0.5 text-sm ${STATUS_TONE[part.status]}`} data-testid="order-part-status">
                {t.status[part.status]}
              </span>
            </div>
            <ul className="mt-2 text-sm text-stone-800">
              {part.items.map((item) => (
                <li key={item.id}>
                  {item.product_title ?? item.title}
                  {item.variant_title ? ` · ${item.variant_title}` : ""} {format(t.quantity, { quantity: item.quantity })}
                </li>
              ))}
            </ul>
            {part.shipments.length ? (
              <ul className="mt-2 space-y-1 text-sm">
                {part.shipments.map((shipment) => (
                  <li key={shipment.id} data-testid="order-part-shipment">
                    {format(t.shipment, { carrier: shipment.carrier?.name[lang] ?? t.unknownCarrier, tracking: shipment.tracking_number ?? "—" })}
                    {shipment.tracking_url ? (
                      <>
                        {" "}
                        <a href={shipment.tracking_url} className="link" rel="noreferrer noopener" target="_blank">
                          {t.track}
                        </a>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
