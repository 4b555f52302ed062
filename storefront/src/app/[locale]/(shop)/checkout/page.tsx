import type { HttpTypes } from "@medusajs/types"
import { buildTotalsView, formatPrice, type CartParcelView, type StorefrontLocale, type TemperatureClass } from "@seleno/domain"
import type { Metadata } from "next"
import Link from "next/link"
import { CheckoutForm, type SavedAddress } from "@/modules/checkout/components/checkout-form"
import type { ParcelDisplay } from "@/modules/checkout/components/parcel-options"
import { OrderTotals } from "@/modules/common/components/order-totals"
import { getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { formatAddressLine, fromMedusaAddress } from "@/lib/checkout/address"
import type { CheckoutValues } from "@/lib/checkout/validation"
import { retrieveCart } from "@/lib/data/cart"
import { retrieveCustomer } from "@/lib/data/customer"
import { listPaymentMethods, stripePublishableKey } from "@/lib/data/payment"
import { listCartParcels } from "@/lib/data/shipping"
import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/types"

export async function generateMetadata({ params }: PageProps<"/[locale]/checkout">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).checkout
  return { title: t.title, description: t.metaDescription, robots: { index: false } }
}

function initialValues(cart: HttpTypes.StoreCart, customer: HttpTypes.StoreCustomer | undefined, parcels: CartParcelView[]): Partial<CheckoutValues> {
  const address = cart.shipping_address
  const fromCart = address?.province ? fromMedusaAddress(address) : {}
  return {
    email: cart.email || customer?.email || "",
    ...fromCart,
    // The choices already saved on the cart, one per parcel.
    shipping: Object.fromEntries(parcels.flatMap((p) => (p.selected_option_id ? [[p.shipping_profile_id, p.selected_option_id]] : []))),
  }
}

const TEMPERATURE_KEY: Record<TemperatureClass, "temperatureAmbient" | "temperatureChilled" | "temperatureFrozen"> = {
  ambient: "temperatureAmbient",
  chilled: "temperatureChilled",
  frozen: "temperatureFrozen",
}

/** Each parcel with its shipper, contents and options, in the shopper's language. */
function parcelDisplays(parcels: CartParcelView[], locale: StorefrontLocale, t: Messages["checkout"]): ParcelDisplay[] {
  return parcels.map((p) => {
    const shipper = p.enterprise?.name ?? t.parcelPlatform
    return {
      id: p.shipping_profile_id,
      title: `${p.enterprise ? format(t.parcelFrom, { name: shipper }) : shipper} · ${t[TEMPERATURE_KEY[p.temperature_class]]}`,
      shipper,
      contents: format(t.parcelContains, { items: p.items.map((i) => `${i.title} × ${i.quantity}`).join("、") }),
      options: p.options.map((o) => ({
        id: o.id,
        name: o.name,
        priceText: formatPrice(o.amount, locale),
        deliveryText: o.delivery ? format(t.deliveryDays, { min: o.delivery.min_days, max: o.delivery.max_days }) : null,
      })),
    }
  })
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
  const [customer, parcels, paymentMethods] = await Promise.all([
    retrieveCustomer(locale),
    listCartParcels(locale, cart.id).catch(() => []),
    listPaymentMethods(locale, cart.region_id!),
  ])
  const saved: SavedAddress[] = (customer?.addresses ?? []).map((a) => ({
    id: a.id,
    label: `${[a.first_name, a.last_name].filter(Boolean).join(" ")} · ${formatAddressLine(a)}`,
    values: fromMedusaAddress(a),
  }))
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <div>
        <h1 className="mb-6 text-2xl font-bold text-stone-900">{t.checkout.title}</h1>
        <CheckoutForm
          locale={locale}
          initial={initialValues(cart, customer, parcels)}
          savedAddresses={saved}
          parcels={parcelDisplays(parcels, locale, t.checkout)}
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
        {/* Rendered from the cart just retrieved, so the shipping picked for each parcel is in it. */}
        <div className="mt-3">
          <OrderTotals view={buildTotalsView(cart)} locale={locale} testIdPrefix="checkout" showLines />
        </div>
      </aside>
    </div>
  )
}
