import type { Metadata } from "next"
import { DEFAULT_LABEL_PRESET, LABEL_PRESETS, LABEL_PROBLEM_CODES, LABEL_PRESET_IDS, LABEL_TEXT, labelPresetTitle, labelsPerPage, type LabelProblemCode, type StorefrontLocale } from "@seleno/domain"
import Link from "next/link"
import { format, formatDate, getMessages, resolveLocale, type Messages } from "@/i18n"
import { localePath } from "@/i18n/paths"
import { listPortalBatches, listPortalFlaggedSerials, requirePortalMe } from "@/lib/data/portal"
import { listPortalProducts } from "@/lib/data/portal-products"
import { TRACE_EVENT_TYPES } from "@seleno/domain"
import { BatchEventForm } from "@/modules/portal/components/batch-event-form"
import { BatchForm } from "@/modules/portal/components/batch-form"
import { PortalLoaded, PortalTable } from "@/modules/portal/components/portal-table"
import { Empty } from "@/modules/portal/components/states"

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/batches">): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getMessages(locale).portal.batches.title }
}

type BatchMessages = Messages["portal"]["batches"]

/** A label sheet refusal the labels route sent back here (?label_error=…), in the page's language. */
function labelProblem(query: Record<string, string | string[] | undefined>, t: BatchMessages): string | null {
  const code = query.label_error
  if (typeof code !== "string" || !(LABEL_PROBLEM_CODES as readonly string[]).includes(code)) return null
  const size = typeof query.label_size === "string" ? query.label_size : ""
  return format(t.labelProblems[code as LabelProblemCode], { size, sizes: LABEL_PRESET_IDS.join(", "), min_pt: LABEL_TEXT.minPt })
}

/** Prints a batch's labels: a size picker and a button that downloads the PDF (works without JavaScript). */
function LabelsForm({ locale, batchId, t }: { locale: StorefrontLocale; batchId: string; t: BatchMessages }) {
  return (
    <form method="get" action={localePath(locale, `/portal/batches/${encodeURIComponent(batchId)}/labels`)} className="flex flex-wrap items-center gap-1">
      <select name="size" defaultValue={DEFAULT_LABEL_PRESET} aria-label={t.labelSize} className="rounded border border-stone-300 px-1 py-0.5 text-xs">
        {LABEL_PRESETS.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {format(t.labelSizeOption, { title: labelPresetTitle(preset), count: labelsPerPage(preset) })}
          </option>
        ))}
      </select>
      <button type="submit" className="link text-xs">
        {t.labelsPdf}
      </button>
    </form>
  )
}

export default async function PortalBatchesPage({ params, searchParams }: PageProps<"/[locale]/portal/batches">) {
  const locale = resolveLocale((await params).locale)
  await requirePortalMe(locale)
  const portal = getMessages(locale).portal
  const t = portal.batches
  const [result, products, flagged] = await Promise.all([listPortalBatches(), listPortalProducts(100, 0), listPortalFlaggedSerials()])
  const problem = labelProblem(await searchParams, t)
  const variants = products.ok ? products.data.products.flatMap((p) => p.variants.map((v) => ({ value: v.id, label: `${p.title} · ${v.title}` }))) : []
  const openBatches = result.ok
    ? result.data.trace_batches.filter((b) => !b.voided).map((b) => ({ value: b.id, label: [b.lot, b.variant?.product?.title, b.variant?.title].filter(Boolean).join(" · ") }))
    : []
  const eventTypes = TRACE_EVENT_TYPES.map((type) => ({ value: type, label: t.eventTypes[type] }))
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-stone-900">{t.title}</h1>
      <p className="text-sm text-stone-700">{t.intro}</p>
      <p className="text-sm text-stone-700">{t.labelsHint}</p>
      {problem ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-stone-900" data-testid="portal-label-problem">
          {problem}
        </p>
      ) : null}
      <PortalLoaded result={result} isEmpty={(data) => data.trace_batches.length === 0} emptyText={t.empty} labels={portal}>
        {(data) => (
          <PortalTable
            headers={[{ text: t.lot }, { text: t.variant }, { text: t.producedOn }, { text: t.quantity, numeric: true }, { text: t.inspection }, { text: t.traceLink }, { text: t.labels }]}
          >
            {data.trace_batches.map((b) => (
              <tr key={b.id} className="border-b border-stone-100" data-testid="portal-batch-row">
                <td className="p-2 font-mono">
                  {b.lot}
                  {b.voided ? (
                    <span className="ml-2 rounded bg-red-50 px-1.5 py-0.5 font-sans text-xs text-danger-700" title={b.voided.reason}>
                      {t.voided}
                    </span>
                  ) : null}
                </td>
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
                <td className="p-2">{b.gtin ? <LabelsForm locale={locale} batchId={b.id} t={t} /> : null}</td>
              </tr>
            ))}
          </PortalTable>
        )}
      </PortalLoaded>
      <section aria-labelledby="flagged-serials" className="space-y-3">
        <h2 id="flagged-serials" className="text-lg font-bold text-stone-900">
          {t.flaggedTitle}
        </h2>
        <p className="text-sm text-stone-700">{t.flaggedIntro}</p>
        <PortalLoaded result={flagged} isEmpty={(data) => data.serials.length === 0} emptyText={t.flaggedEmpty} labels={portal}>
          {(data) => (
            <PortalTable headers={[{ text: t.flaggedSerial }, { text: t.variant }, { text: t.flaggedState }, { text: t.flaggedEvidence }, { text: t.flaggedLast }]}>
              {data.serials.map((s) => (
                <tr key={s.id} className="border-b border-stone-100" data-testid="portal-flagged-serial">
                  <td className="p-2 font-mono">{`${s.batch.lot} / ${s.serial}`}</td>
                  <td className="p-2">{s.batch.product_title ?? "—"}</td>
                  <td className="p-2">{t.signalState[s.state]}</td>
                  <td className="p-2">{`${s.evidence.scan_count} / ${s.evidence.network_count}`}</td>
                  <td className="p-2">{s.evidence.last_scanned_at ? formatDate(s.evidence.last_scanned_at, locale) : "—"}</td>
                </tr>
              ))}
            </PortalTable>
          )}
        </PortalLoaded>
      </section>
      <section className="rounded-lg border border-stone-200 bg-white p-5">
        {variants.length ? <BatchForm locale={locale} labels={t} variants={variants} /> : <Empty text={t.noVariants} />}
      </section>
      {openBatches.length ? (
        <section className="rounded-lg border border-stone-200 bg-white p-5">
          <BatchEventForm locale={locale} labels={t.eventForm} batches={openBatches} types={eventTypes} />
        </section>
      ) : null}
    </div>
  )
}
