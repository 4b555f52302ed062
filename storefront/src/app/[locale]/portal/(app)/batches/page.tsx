import type { Metadata } from "next"
import Link from "next/link"
import { formatDate, getMessages, resolveLocale } from "@/i18n"
import { listPortalBatches, requirePortalMe } from "@/lib/data/portal"
import { listPortalProducts } from "@/lib/data/portal-products"
import { BatchForm } from "@/modules/portal/components/batch-form"
import { PortalLoaded, PortalTable } from "@/modules/portal/components/portal-table"
import { Empty } from "@/modules/portal/components/states"

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/batches">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).portal.batches.title }
}

export default async function PortalBatchesPage({ params }: PageProps<"/[locale]/portal/batches">) {
  const locale = resolveLocale((await params).locale)
  await requirePortalMe(locale)
  const portal = getMessages(locale).portal
  const t = portal.batches
  const [result, products] = await Promise.all([listPortalBatches(), listPortalProducts(100, 0)])
  const variants = products.ok ? products.data.products.flatMap((p) => p.variants.map((v) => ({ value: v.id, label: `${p.title} · ${v.title}` }))) : []
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-stone-900">{t.title}</h1>
      <p className="text-sm text-stone-700">{t.intro}</p>
      <PortalLoaded result={result} isEmpty={(data) => data.trace_batches.length === 0} emptyText={t.empty} labels={portal}>
        {(data) => (
          <PortalTable
            headers={[{ text: t.lot }, { text: t.variant }, { text: t.producedOn }, { text: t.quantity, numeric: true }, { text: t.inspection }, { text: t.traceLink }]}
          >
            {data.trace_batches.map((b) => (
              <tr key={b.id} className="border-b border-stone-100" data-testid="portal-batch-row">
                <td className="p-2 font-mono">{b.lot}</td>
                <td className="p-2">{[b.variant?.product?.title, b.variant?.title].filter(Boolean).join(" · ")}</td>
                <td className="p-2">{formatDate(b.produced_on, locale)}</td>
                <td className="p-2 text-right">{b.quantity}</td>
                <td className="p-2">{b.inspection_mg_per_kg !== null ? `${b.inspection_mg_per_kg} mg/kg` : "—"}</td>
                <td className="p-2">
                  {b.gtin ? (
                    <Link href={`/01/${b.gtin}/10/${encodeURIComponent(b.lot)}?lang=${locale}`} className="link">
                      {t.traceLink}
                    </Link>
                  ) : null}
                </td>
              </tr>
            ))}
          </PortalTable>
        )}
      </PortalLoaded>
      <section className="rounded-lg border border-stone-200 bg-white p-5">
        {variants.length ? <BatchForm locale={locale} labels={t} variants={variants} /> : <Empty text={t.noVariants} />}
      </section>
    </div>
  )
}
