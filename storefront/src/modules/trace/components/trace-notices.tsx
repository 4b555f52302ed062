import type { StorefrontLocale } from "@seleno/domain"
import { format, formatDate, getMessages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import type { BatchRecord } from "@/lib/data/trace"
import { WithSerial } from "./serial-scan"

/** A withdrawn batch: said first and plainly, with the reason its enterprise or the platform gave. */
export function VoidedNotice({ batch, locale }: { batch: BatchRecord; locale: StorefrontLocale }) {
  if (!batch.voided) return null
  const t = getMessages(locale).trace
  return (
    <div role="alert" className="mb-6 rounded-lg border-2 border-danger-700 bg-red-50 p-4 text-danger-700" data-testid="batch-voided">
      <p className="text-lg font-bold">
        <span aria-hidden="true">⚠ </span>
        {t.voidedTitle}
      </p>
      <p className="mt-1 text-stone-900">{format(t.voidedBody, { date: formatDate(batch.voided.voided_at, locale), reason: batch.voided.reason })}</p>
    </div>
  )
}

/**
 * A code on a real batch that the batch does not hold (the serial comes from the page's address): a warning naming the product the shopper
 * holds, and nothing about which serials exist, so the lot's codes cannot be learnt from it.
 */
export function UnknownSerialWarning({ batch, locale }: { batch: BatchRecord; locale: StorefrontLocale }) {
  const t = getMessages(locale).trace
  return (
    <article className="space-y-6" data-testid="unknown-serial">
      <div role="alert" className="rounded-lg border-2 border-danger-700 bg-red-50 p-4 text-danger-700">
        <h1 className="text-xl font-bold">
          <span aria-hidden="true">⚠ </span>
          {t.unknownSerialTitle}
        </h1>
        <p className="mt-1 text-stone-900">
          <WithSerial template={format(t.unknownSerialBody, { product: batch.product.title, lot: batch.lot })} />
        </p>
      </div>
      <section aria-labelledby="unknown-serial-product" className="flex gap-4">
        {batch.product.thumbnail ? (
          <img src={batch.product.thumbnail} alt="" width={96} height={72} className="aspect-[4/3] w-24 shrink-0 rounded bg-brand-50 object-cover" />
        ) : null}
        <div>
          <h2 id="unknown-serial-product" className="text-sm font-medium text-stone-700">
            {t.unknownSerialProduct}
          </h2>
          <p className="text-lg font-bold text-stone-900">
            <a href={localePath(locale, `/products/${batch.product.handle}`)} className="link">
              {batch.product.title}
            </a>
          </p>
          {batch.enterprise ? <p className="text-sm text-stone-800">{batch.enterprise.name}</p> : null}
          <p className="mt-1 font-mono text-sm text-stone-700">
            {t.gtin} {batch.gtin} · {t.lot} {batch.lot}
          </p>
        </div>
      </section>
      <p>
        <a href={localePath(locale, "/contact")} className="btn-secondary">
          {t.contact}
        </a>
      </p>
    </article>
  )
}
