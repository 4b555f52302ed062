import type { HttpTypes } from "@medusajs/types"
import { dailySeleniumOfCart, type StorefrontLocale } from "@seleno/domain"
import { format, getMessages } from "@/i18n"
import { listProductsByIds } from "@/lib/data/products"
import { getCertifications } from "@/lib/data/trace"
import { shownSeleniumFacts } from "@/lib/selenium-claims"

/**
 * How much selenium a day the cart adds up to, at one serving of each product, against the adult
 * references; a warning above the 400 µg highest safe intake. Nothing when no product has facts.
 * Only certified products count: an uncertified product makes no selenium claim (the claim rule).
 */
export async function DailySelenium({ items, locale }: { items: HttpTypes.StoreCartLineItem[]; locale: StorefrontLocale }) {
  const t = getMessages(locale).cart.dailySelenium
  const productIds = [...new Set(items.map((item) => item.product_id).filter((id): id is string => Boolean(id)))]
  // Cart lines carry no product metadata, where the selenium facts live.
  const [products, certifications] = await Promise.all([
    listProductsByIds(locale, productIds).catch(() => []),
    getCertifications(locale, productIds).catch(() => new Map<string, { certified: boolean }>()),
  ])
  const daily = dailySeleniumOfCart(
    products
      .filter((p) => shownSeleniumFacts(p.metadata, certifications.get(p.id)?.certified === true))
      .map((p) => ({ productId: p.id, metadata: p.metadata }))
  )
  if (!daily.productsCounted) return null
  const warning = daily.level === "above_highest_safe"
  return (
    <section
      aria-labelledby="daily-selenium"
      data-testid="daily-selenium"
      data-level={daily.level}
      className={`mt-4 rounded-lg border p-4 text-sm ${warning ? "border-danger-700 bg-red-50" : "border-brand-100 bg-brand-50"}`}
    >
      <h2 id="daily-selenium" className="font-semibold text-stone-900">
        {t.title}
      </h2>
      <p className="mt-1 text-stone-700">{format(t.basis, { count: daily.productsCounted })}</p>
      <p className="mt-1 text-lg font-semibold text-stone-900" data-testid="daily-selenium-value">
        {format(t.value, { value: daily.ugPerDay })}
      </p>
      <p className={`mt-1 ${warning ? "font-semibold text-danger-700" : "text-stone-800"}`}>{t[daily.level]}</p>
      <p className="mt-2 text-xs text-stone-600">{t.source}</p>
    </section>
  )
}
