import type { Metadata } from "next"
import { format, formatDate, getMessages, resolveLocale } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { uploadInvoiceAction } from "@/lib/actions/portal-invoices"
import { listPortalInvoices } from "@/lib/data/invoices"
import { requirePortalMe } from "@/lib/data/portal"
import { LoadError } from "@/modules/portal/components/states"

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/invoices">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).invoices.portal.title }
}

/** The 发票 requests for this enterprise's parts of orders; each row takes the e-invoice PDF. */
export default async function PortalInvoicesPage({ params, searchParams }: PageProps<"/[locale]/portal/invoices">) {
  const locale = resolveLocale((await params).locale)
  await requirePortalMe(locale)
  const messages = getMessages(locale)
  const t = messages.invoices
  const query = await searchParams
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || ""
  const error = one(query.error)
  const errorText = error ? format((t.portal.errors as Record<string, string>)[error] ?? t.portal.errors.generic, { file: one(query.file) }) : null
  const result = await listPortalInvoices()
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t.portal.title}</h1>
        <p className="mt-1 text-stone-700">{t.portal.intro}</p>
      </div>
      {one(query.uploaded) ? (
        <p role="status" className="rounded border border-brand-100 bg-brand-50 p-3">
          {t.portal.uploaded}
        </p>
      ) : null}
      {errorText ? (
        <p role="alert" className="field-error" data-testid="invoice-error">
          {errorText}
        </p>
      ) : null}
      {!result.ok ? (
        <LoadError status={result.status} message={result.message} labels={messages.portal} />
      ) : result.data.invoices.length === 0 ? (
        <p className="text-stone-700">{t.portal.empty}</p>
      ) : (
        <ul className="space-y-4">
          {result.data.invoices.map((invoice) => {
            const number = String(invoice.order_display_id ?? invoice.order_id)
            const inputId = `invoice-file-${invoice.id}`
            return (
              <li key={invoice.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="portal-invoice">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <a href={localePath(locale, `/portal/orders/${invoice.order_id}`)} className="link font-medium">
                    {format(t.portal.order, { number })}
                  </a>
                  <span className="rounded bg-stone-100 px-2 py-0.5 text-sm" data-testid="portal-invoice-status">
                    {t.status[invoice.status]}
                  </span>
                </div>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt>{t.portal.kind}</dt>
                  <dd>{invoice.request.type === "company" ? t.company : t.personal}</dd>
                  <dt>{t.portal.buyerTitle}</dt>
                  <dd>{invoice.request.title}</dd>
                  {invoice.request.taxpayer_id ? (
                    <>
                      <dt>{t.portal.taxpayerId}</dt>
                      <dd className="font-mono">{invoice.request.taxpayer_id}</dd>
                    </>
                  ) : null}
                  {invoice.issued_at ? (
                    <>
                      <dt>{t.status.issued}</dt>
                      <dd>
                        {formatDate(invoice.issued_at, locale, true)} ·{" "}
                        <a className="link" href={localePath(locale, `/portal/invoices/${invoice.id}`)}>
                          {t.portal.download}
                        </a>
                      </dd>
                    </>
                  ) : null}
                </dl>
                <form action={uploadInvoiceAction} className="mt-3 flex flex-wrap items-end gap-3">
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="invoice_id" value={invoice.id} />
                  <div>
                    <label htmlFor={inputId} className="field-label">
                      {format(t.portal.fileFor, { number })}
                    </label>
                    <input id={inputId} name="file" type="file" accept="application/pdf,.pdf" required className="field-input" />
                  </div>
                  <button type="submit" className="btn-primary">
                    {invoice.status === "issued" ? t.portal.reupload : t.portal.upload}
                  </button>
                </form>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
