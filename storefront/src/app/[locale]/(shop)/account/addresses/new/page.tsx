import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { AddressForm } from "@/modules/account/components/address-form"
import { getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { retrieveCustomer } from "@/lib/data/customer"

export async function generateMetadata({ params }: PageProps<"/[locale]/account/addresses/new">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).account.addAddress, robots: { index: false } }
}

/** Separate route so the province/city/district data is not loaded on the account page itself. */
export default async function NewAddressPage({ params }: PageProps<"/[locale]/account/addresses/new">) {
  const locale = resolveLocale((await params).locale)
  const customer = await retrieveCustomer(locale)
  if (!customer) redirect(localePath(locale, "/account"))
  const t = getMessages(locale)
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-6 text-2xl font-bold text-stone-900">{t.account.addAddress}</h1>
      <AddressForm locale={locale} labels={t.checkout} errorText={t.checkout} submit={t.account.saveAddress} />
    </div>
  )
}
