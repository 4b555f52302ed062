import { buildTotalsView, fenToAmount, formatPrice } from "@seleno/domain"
import type { Metadata } from "next"
import Link from "next/link"
import { CouponForm } from "@/modules/cart/components/coupon-form"
import { DailySelenium } from "@/modules/cart/components/daily-selenium"
import { LineQuantityForm } from "@/modules/cart/components/line-quantity-form"
import { OrderTotals } from "@/modules/common/components/order-totals"
import { format, getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { removeLineItemAction } from "@/lib/actions/cart"
import { cartItemCount, retrieveCart } from "@/lib/data/cart"
import { CartCountSync } from "@/modules/layout/components/cart-count-sync"
import { enteredCouponCodes } from "@/lib/offers"

export async function generateMetadata({ params }: PageProps<"/[locale]/cart">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).cart.title, robots: { index: false } }
}

export default async function CartPage({ params }: PageProps<"/[locale]/cart">) {
  const locale = resolveLocale((await params).locale)
  const messages = getMessages(locale)
  const t = messages.cart
  const tc = messages.offers.coupon
  const cart = await retrieveCart(locale)
  const items = [...(cart?.items ?? [])].sort((a, b) => String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")))
  const money = (amount: number | null | undefined) => formatPrice(amount ?? 0, locale, cart?.currency_code ?? "cny")

  if (!cart || items.length === 0) {
    return (
      <div className="mx-auto max-w-xl py-10 text-center">
        <CartCountSync count={0} />
        <h1 className="text-2xl font-bold text-stone-900">{t.title}</h1>
        <p className="mt-4 text-stone-700">{t.empty}</p>
        <Link href={localePath(locale, "/store")} className="btn-primary mt-6">
          {t.continueShopping}
        </Link>
      </div>
    )
  }

  const codes = enteredCouponCodes(cart)
  const totals = buildTotalsView(cart)
  const lines = new Map(totals.items.map((line) => [line.id, line]))
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <CartCountSync count={cartItemCount(cart)} />
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t.title}</h1>
        <ul aria-label={t.itemsLabel} className="mt-4 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {items.map((item) => {
            const title = [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" · ")
            const line = lines.get(item.id)
            return (
              <li key={item.id} className="flex gap-3 p-3 sm:gap-4 sm:p-4" data-testid="cart-line">
                {item.thumbnail ? (
                  <img src={item.thumbnail} alt={item.product_title ?? item.title} width={96} height={72} className="h-18 w-24 shrink-0 rounded bg-brand-50 object-cover" />
                ) : null}
                <div className="flex min-w-0 flex-1 flex-col gap-2">
                  <div className="flex flex-wrap justify-between gap-2">
                    <div>
                      {item.product_handle ? (
                        <Link href={localePath(locale, `/products/${item.product_handle}`)} className="font-semibold text-stone-900 hover:underline">
                          {item.product_title ?? item.title}
                        </Link>
                      ) : (
                        <span className="font-semibold">{item.product_title ?? item.title}</span>
                      )}
                      {item.variant_title ? <p className="text-sm text-stone-700">{item.variant_title}</p> : null}
                      <p className="text-sm text-stone-700">
                        {t.unitPrice}: {money(item.unit_price)}
                      </p>
                    </div>
                    <p className="text-right font-semibold text-stone-900">
                      <span className="sr-only">{t.lineTotal}: </span>
                      {money(fenToAmount(line?.original_fen ?? 0))}
                      {line && line.paid_fen !== line.original_fen ? (
                        <span className="block text-xs font-normal text-brand-800" data-testid="cart-line-paid">
                          {format(messages.totals.linePaid, { amount: money(fenToAmount(line.paid_fen)) })}
                        </span>
                      ) : null}
                    </p>
                  </div>
                  <div className="flex flex-wrap items-start gap-2">
                    <LineQuantityForm
                      locale={locale}
                      lineId={item.id}
                      title={title}
                      quantity={item.quantity}
                      labels={{
                        quantity: format(t.quantityFor, { title }),
                        update: t.update,
                        updateFor: format(t.updateFor, { title }),
                      }}
                    />
                    <form action={removeLineItemAction}>
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="line_id" value={item.id} />
                      <button type="submit" className="btn-secondary" aria-label={format(t.removeFor, { title })}>
                        {t.remove}
                      </button>
                    </form>
                  </div>
                </div>
              </li>
            )
          })}
        </ul>
        <DailySelenium items={items} locale={locale} />
      </div>
      <aside aria-labelledby="cart-summary" className="h-fit rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="cart-summary" className="font-semibold text-stone-900">
          {t.summary}
        </h2>
        <div className="mt-3">
          <OrderTotals view={totals} locale={locale} testIdPrefix="cart" />
        </div>
        {/* No aria-label here: "优惠码" must name only the field. */}
        <div className="mt-4 border-t border-stone-200 pt-4">
          <CouponForm
            locale={locale}
            codes={codes}
            labels={{
              label: tc.label,
              hint: tc.hint,
              apply: tc.apply,
              applying: tc.applying,
              appliedLabel: tc.appliedLabel,
              remove: tc.remove,
              removeFor: Object.fromEntries(codes.map((code) => [code, format(tc.removeFor, { code })])),
            }}
          />
        </div>
        <Link href={localePath(locale, "/checkout")} className="btn-primary mt-4 w-full">
          {t.checkout}
        </Link>
      </aside>
    </div>
  )
}
