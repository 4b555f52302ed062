import { formatPrice } from "@seleno/domain"
import type { Metadata } from "next"
import Link from "next/link"
import { LoginForm, RegisterForm } from "@/modules/account/components/auth-forms"
import { format, getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { deleteAddressAction, logoutAction } from "@/lib/actions/account"
import { formatAddressLine } from "@/lib/checkout/address"
import { listCustomerOrders, retrieveCustomer } from "@/lib/data/customer"

export async function generateMetadata({ params }: PageProps<"/[locale]/account">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = getMessages(locale).account
  return { title: t.title, description: t.metaDescription, robots: { index: false } }
}

export default async function AccountPage({ params }: PageProps<"/[locale]/account">) {
  const locale = resolveLocale((await params).locale)
  const messages = getMessages(locale)
  const t = messages.account
  const customer = await retrieveCustomer(locale)

  if (!customer) {
    return (
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t.title}</h1>
        <div className="mt-6 grid gap-8 md:grid-cols-2">
          <div className="rounded-lg border border-stone-200 bg-white p-5">
            <LoginForm locale={locale} labels={{ title: t.loginTitle, email: t.email, password: t.password, submit: t.login }} />
            <p className="mt-4 text-sm">
              <Link href={localePath(locale, "/account/reset-password")} className="link">
                {t.forgotPassword}
              </Link>
            </p>
          </div>
          <div className="rounded-lg border border-stone-200 bg-white p-5">
            <RegisterForm
              locale={locale}
              labels={{
                title: t.registerTitle,
                name: t.fullName,
                email: t.email,
                phone: t.phone,
                password: t.password,
                passwordHint: t.passwordHint,
                submit: t.register,
              }}
            />
          </div>
        </div>
      </div>
    )
  }

  const orders = await listCustomerOrders(locale)
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email
  const statusText = (status: string | undefined) =>
    messages.orderStatus[(status ?? "unknown") as keyof typeof messages.orderStatus] ?? messages.orderStatus.unknown
  const dateFormat = new Intl.DateTimeFormat(locale === "en" ? "en-US" : "zh-CN", { dateStyle: "medium" })
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold text-stone-900">{format(t.greeting, { name })}</h1>
        <form action={logoutAction}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="btn-secondary">
            {t.logout}
          </button>
        </form>
      </div>

      <section aria-labelledby="profile" className="rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="profile" className="font-semibold">
          {t.profile}
        </h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-700">{t.fullName}</dt>
          <dd>{name}</dd>
          <dt className="text-stone-700">{t.email}</dt>
          <dd>{customer.email}</dd>
          {customer.phone ? (
            <>
              <dt className="text-stone-700">{t.phone}</dt>
              <dd>{customer.phone}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="orders" className="rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="orders" className="font-semibold">
          {t.orders}
        </h2>
        {orders.length ? (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-stone-200">
                  <th scope="col" className="py-2 pr-4">
                    #
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t.orderDate}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t.orderStatus}
                  </th>
                  <th scope="col" className="py-2 text-right">
                    {t.orderTotal}
                  </th>
                </tr>
              </thead>
              <tbody>
                {orders.map((o) => (
                  <tr key={o.id} className="border-b border-stone-100" data-testid="order-row">
                    <td className="py-2 pr-4">
                      <Link href={localePath(locale, `/account/orders/${o.id}`)} className="link">
                        {format(t.orderRow, { number: o.display_id ?? "" })}
                      </Link>
                      <Link href={localePath(locale, `/account/orders/${o.id}/after-sales`)} className="link ml-3 text-sm" data-testid="order-after-sales">
                        {messages.afterSales.shop.title}
                      </Link>
                    </td>
                    <td className="py-2 pr-4">{o.created_at ? dateFormat.format(new Date(o.created_at)) : ""}</td>
                    <td className="py-2 pr-4">{statusText(o.status)}</td>
                    <td className="py-2 text-right">{formatPrice(o.total ?? 0, locale, o.currency_code ?? "cny")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="mt-2 text-sm text-stone-700">{t.noOrders}</p>
        )}
      </section>

      <section aria-labelledby="addresses" className="rounded-lg border border-stone-200 bg-white p-5">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="addresses" className="font-semibold">
            {t.addresses}
          </h2>
          <Link href={localePath(locale, "/account/addresses/new")} className="btn-secondary">
            {t.addAddress}
          </Link>
        </div>
        {customer.addresses?.length ? (
          <ul className="mt-3 divide-y divide-stone-200">
            {customer.addresses.map((a) => {
              const line = formatAddressLine(a)
              return (
                <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm" data-testid="saved-address">
                  <span>
                    {[a.first_name, a.last_name].filter(Boolean).join(" ")} · {a.phone} · {line} · {a.postal_code}
                  </span>
                  <form action={deleteAddressAction}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="address_id" value={a.id} />
                    <button type="submit" className="btn-secondary" aria-label={format(t.deleteAddressFor, { address: line })}>
                      {t.deleteAddress}
                    </button>
                  </form>
                </li>
              )
            })}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-stone-700">{t.noAddresses}</p>
        )}
      </section>
    </div>
  )
}
