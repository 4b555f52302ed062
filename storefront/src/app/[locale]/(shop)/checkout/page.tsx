import type { HttpTypes } from "@medusajs/types"
import { formatPrice, type StorefrontLocale } from "@seleno/domain"
import type { Metadata } from "next"
import Link from "next/link"
import { CheckoutForm, type SavedAddress, type ShippingChoice } from "@/modules/checkout/components/checkout-form"
import { getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { formatAddressLine, fromMedusaAddress } from "@/lib/checkout/address"
import type { CheckoutValues } from "@/lib/checkout/validation"
import { retrieveCart } from "@/lib/data/cart"
import { retrieveCustomer } from "@/lib/data/customer"
import { listPaymentMethods, stripePublishableKey } from "@/lib/data/payment"
import { listShippingOptions } from "@/lib/data/shipping"

export async function generateMetadata({ params }: PageProps<"/[locale]/checkout">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).checkout
  return { title: t.title, description: t.metaDescription, robots: { index: false } }
}

function initialValues(cart: HttpTypes.StoreCart, customer: HttpTypes.StoreCustomer | undefined): Partial<CheckoutValues> {
  const address = cart.shipping_address
  const fromCart = address?.province ? fromMedusaAddress(address) : {}
  return {
    email: cart.email || customer?.email || "",
    ...fromCart,
    shippingOptionId: cart.shipping_methods?.[0]?.shipping_option_id ?? "",
  }
}

function shippingChoices(options: HttpTypes.StoreCartShippingOptionWithServiceZone[], locale: StorefrontLocale): ShippingChoice[] {
  return options.map((o) => ({
    id: o.id,
    name: o.name,
    priceText: formatPrice((o as { amount?: number }).amount ?? o.calculated_price?.calculated_amount ?? 0, locale),
  }))
}

export default async function CheckoutPage({ params }: PageProps<"/[locale]/checkout">) {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale)
  const cart = await retrieveCart(locale)
  if (!cart || !cart.items?.length) {
    return (
      <div className="mx-auto max-w-xl py-10 text-center">
        <h1 className="text-2xl font-bold text-stone-900">{t.checkout.title}</h1>
        <p className="mt-4 text-stone-700">{t.checkout.errorCartEmpty}</p>
        <Link href={localePath(locale, "/store")} className="btn-primary mt-6">
          {t.cart.continueShopping}
        </Link>
      </div>
    )
  }
  const [customer, options, paymentMethods] = await Promise.all([
    retrieveCustomer(locale),
    listShippingOptions(locale, cart.id).catch(() => []),
    listPaymentMethods(locale, cart.region_id!),
  ])
  const saved: SavedAddress[] = (customer?.addresses ?? []).map((a) => ({
    id: a.id,
    label: `${[a.first_name, a.last_name].filter(Boolean).join(" ")} · ${formatAddressLine(a)}`,
    values: fromMedusaAddress(a),
  }))
  const money = (amount: number | null | undefined) => formatPrice(amount ?? 0, locale, cart.currency_code ?? "cny")
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <div>
        <h1 className="mb-6 text-2xl font-bold text-stone-900">{t.checkout.title}</h1>
        <CheckoutForm
          locale={locale}
          initial={initialValues(cart, customer)}
          savedAddresses={saved}
          shippingOptions={shippingChoices(options, locale)}
          paymentMethods={paymentMethods}
          stripeKey={paymentMethods.some((m) => m !== "system") ? stripePublishableKey() : undefined}
          t={t.checkout}
          privacyHref={localePath(locale, "/privacy")}
        />
      </div>
      <aside aria-labelledby="checkout-summary" className="h-fit rounded-lg border border-stone-200 bg-white p-4 lg:sticky lg:top-4">
        <h2 id="checkout-summary" className="font-semibold text-stone-900">
          {t.checkout.summary}
        </h2>
        <ul className="mt-3 space-y-2 text-sm">
          {(cart.items ?? []).map((item) => (
            <li key={item.id} className="flex justify-between gap-2">
              <span>
                {item.product_title ?? item.title}
                {item.variant_title ? ` · ${item.variant_title}` : ""} × {item.quantity}
              </span>
              <span className="shrink-0">{money(item.total ?? item.unit_price * item.quantity)}</span>
            </li>
          ))}
        </ul>
        <dl className="mt-3 grid grid-cols-[1fr_auto] gap-y-1 border-t border-stone-200 pt-3 text-sm">
          <dt>{t.cart.subtotal}</dt>
          <dd className="text-right">{money(cart.item_total ?? cart.item_subtotal)}</dd>
          {cart.shipping_methods?.length ? (
            <>
              <dt>{t.cart.shipping}</dt>
              <dd className="text-right">{money(cart.shipping_total)}</dd>
            </>
          ) : null}
          <dt className="font-semibold">{t.cart.total}</dt>
          <dd className="text-right font-semibold">{money(cart.total)}</dd>
        </dl>
      </aside>
    </div>
  )
}
