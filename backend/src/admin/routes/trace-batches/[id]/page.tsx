import { ArrowDownTray } from "@medusajs/icons"
import { Badge, Button, Input, Text, Textarea, toast } from "@medusajs/ui"
// Admin bundles read the domain's sources (see settlement-labels.ts); this file imports nothing.
import { DEFAULT_LABEL_PRESET, LABEL_PRESETS, labelPresetTitle, labelsPerPage } from "@seleno/domain/src/traceability/label-layout"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import i18next from "i18next"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { DetailList, Page, Section } from "../../../components/display"
import { Field, FormDrawer, FormError, SelectField } from "../../../components/form"
import { Empty, QueryState } from "../../../components/states"
import { api, keys, type TraceBatchDetail, type TraceEvent } from "../../../lib/api"
import { saveFile } from "../../../lib/download"
import { chinaDateTime, formatDateTime, formatDay, formatMgPerKg, nowInChina, optionalText } from "../../../lib/format"
import { fill, labelOf, optionsOf, useLabels } from "../../../lib/labels"
import { NAMESPACE } from "../../../i18n/catalogue"

/** The batch's label sheet: one PDF of every package label, on the label stock chosen. */
function LabelSheet({ batch }: { batch: TraceBatchDetail }) {
  const { UI } = useLabels()
  const [size, setSize] = useState<string>(DEFAULT_LABEL_PRESET)
  const sizeOptions = LABEL_PRESETS.map((preset) => ({
    value: preset.id,
    label: fill(UI.labelSizeOption, { title: labelPresetTitle(preset), perPage: labelsPerPage(preset) }),
  }))
  const download = useMutation({
    mutationFn: () => api.labelSheetPdf(batch.id, size),
    onSuccess: (blob) => saveFile(blob, `labels-${batch.gtin}-${batch.lot}-${size}.pdf`),
  })

  return (
    <Section title={UI.labels}>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        {typeof batch.serial_count === "number" && (
          <Text size="small" className="text-ui-fg-subtle">
            {fill(UI.serialCount, { count: batch.serial_count })}
          </Text>
        )}
        <div className="flex flex-wrap items-end gap-3">
          <Field id="label-size" label={UI.labelSize} hint={UI.labelSizeHint}>
            <SelectField id="label-size" value={size} onChange={setSize} options={sizeOptions} />
          </Field>
          <Button size="small" variant="secondary" type="button" isLoading={download.isPending} onClick={() => download.mutate()}>
            <ArrowDownTray />
            {UI.downloadLabels}
          </Button>
        </div>
        <FormError error={download.error} />
      </div>
    </Section>
  )
}

const emptyEvent = () => ({ type: "", occurred_at: nowInChina(), place: "", description: "" })

function RecordEvent({ batch }: { batch: TraceBatchDetail }) {
  const { UI, FIELD, EVENT_TYPE } = useLabels()
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(emptyEvent)
  const set = (key: keyof ReturnType<typeof emptyEvent>) => (value: string) => setForm((f) => ({ ...f, [key]: value }))
  const queryClient = useQueryClient()
  const record = useMutation({
    mutationFn: () =>
      api.recordEvent(batch.id, {
        type: form.type || undefined,
        occurred_at: form.occurred_at ? chinaDateTime(form.occurred_at) : undefined,
        place: form.place.trim(),
        description: optionalText(form.description),
      }),
    onSuccess: ({ event }) => {
      void queryClient.invalidateQueries({ queryKey: keys.batch(batch.id) })
      toast.success(UI.created, { description: labelOf(EVENT_TYPE, event.type) })
      setOpen(false)
      setForm(emptyEvent())
    },
  })

  return (
    <FormDrawer
      triggerLabel={UI.recordEvent}
      title={UI.recordEvent}
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) record.reset()
      }}
      onSubmit={() => record.mutate()}
      pending={record.isPending}
      error={record.error}
      submitLabel={UI.create}
    >
      <Field id="event-type" label={FIELD.type}>
        <SelectField id="event-type" value={form.type} onChange={set("type")} options={optionsOf(EVENT_TYPE)} />
      </Field>
      <Field id="event-at" label={FIELD.occurred_at} hint={UI.chinaTime}>
        <Input id="event-at" type="datetime-local" value={form.occurred_at} onChange={(e) => set("occurred_at")(e.target.value)} required />
      </Field>
      <Field id="event-place" label={FIELD.place}>
        <Input id="event-place" value={form.place} onChange={(e) => set("place")(e.target.value)} required />
      </Field>
      <Field id="event-description" label={FIELD.description} optional>
        <Textarea id="event-description" value={form.description} onChange={(e) => set("description")(e.target.value)} rows={3} />
      </Field>
    </FormDrawer>
  )
}

/** Withdraws the batch with a reason shoppers will read on its QR pages. */
function VoidBatch({ batch }: { batch: TraceBatchDetail }) {
  const { UI } = useLabels()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const queryClient = useQueryClient()
  const voidIt = useMutation({
    mutationFn: () => api.voidBatch(batch.id, { reason: reason.trim() }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.batches })
      toast.success(UI.voided, { description: `${batch.gtin} · ${batch.lot}` })
      setOpen(false)
      setReason("")
    },
  })
  return (
    <FormDrawer
      triggerLabel={UI.voidBatch}
      title={UI.voidBatch}
      description={UI.voidBatchText}
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) voidIt.reset()
      }}
      onSubmit={() => voidIt.mutate()}
      pending={voidIt.isPending}
      error={voidIt.error}
      submitLabel={UI.voidBatch}
    >
      <Field id="void-reason" label={UI.voidReason}>
        <Textarea id="void-reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={3} maxLength={500} required />
      </Field>
    </FormDrawer>
  )
}

function Timeline({ events }: { events: TraceEvent[] }) {
  const { UI, EVENT_TYPE } = useLabels()
  const ordered = [...events].sort((a, b) => new Date(a.occurred_at).getTime() - new Date(b.occurred_at).getTime())
  return (
    <ol aria-label={UI.events} className="flex flex-col px-6 py-4">
      {ordered.map((event, index) => (
        <li key={event.id} className="relative flex gap-x-3 pb-5 last:pb-0">
          {index < ordered.length - 1 && <span aria-hidden="true" className="bg-ui-border-base absolute left-[5px] top-4 h-full w-px" />}
          <span aria-hidden="true" className="bg-ui-tag-green-icon mt-1.5 size-[11px] shrink-0 rounded-full" />
          <div className="flex flex-col gap-y-0.5">
            <div className="flex flex-wrap items-center gap-2">
              <Badge size="2xsmall" color="green">
                {labelOf(EVENT_TYPE, event.type)}
              </Badge>
              <Text size="small" className="text-ui-fg-subtle">
                <time dateTime={event.occurred_at}>{formatDateTime(event.occurred_at)}</time> · {event.place}
              </Text>
            </div>
            {event.description && <Text size="small">{event.description}</Text>}
          </div>
        </li>
      ))}
    </ol>
  )
}

const TraceBatchPage = () => {
  const { UI, FIELD } = useLabels()
  const { id = "" } = useParams()
  const query = useQuery({ queryKey: keys.batch(id), queryFn: () => api.getBatch(id), enabled: Boolean(id) })
  return (
    <Page>
      <QueryState query={query}>
        {({ trace_batch: batch }) => (
          <>
            <Section
              title={`${batch.variant?.product?.title ?? UI.batchesTitle} · ${batch.lot}`}
              level="h1"
              actions={batch.voided ? <Badge color="red">{UI.voided}</Badge> : <VoidBatch batch={batch} />}
            >
              <DetailList
                items={[
                  [
                    FIELD.product,
                    batch.variant?.product ? (
                      <Link to={`/products/${batch.variant.product.id}`} className="text-ui-fg-interactive hover:underline">
                        {batch.variant.product.title}
                      </Link>
                    ) : (
                      "—"
                    ),
                  ],
                  [FIELD.variant, batch.variant?.title ?? "—"],
                  [FIELD.gtin, <span className="font-mono">{batch.gtin}</span>],
                  [FIELD.lot, <span className="font-mono">{batch.lot}</span>],
                  [FIELD.produced_on, formatDay(batch.produced_on)],
                  [FIELD.quantity, batch.quantity.toLocaleString()],
                  [
                    FIELD.enterprise,
                    batch.enterprise ? (
                      <Link to={`/enterprises/${batch.enterprise.id}`} className="text-ui-fg-interactive hover:underline">
                        {batch.enterprise.name}
                      </Link>
                    ) : (
                      "—"
                    ),
                  ],
                  [FIELD.base, batch.base ? `${batch.base.name} (${batch.base.county})` : "—"],
                  [FIELD.inspection_mg_per_kg, formatMgPerKg(batch.inspection_mg_per_kg)],
                  [FIELD.inspection_lab, batch.inspection_lab ?? "—"],
                  [FIELD.inspected_on, formatDay(batch.inspected_on)],
                  ...(batch.voided
                    ? ([
                        [FIELD.voided_at, `${formatDateTime(batch.voided.voided_at)} (${batch.voided.voided_by_type})`],
                        [FIELD.void_reason, batch.voided.reason],
                      ] as [string, string][])
                    : []),
                ]}
              />
            </Section>
            <Section title={UI.events} actions={<RecordEvent batch={batch} />}>
              {batch.events?.length ? <Timeline events={batch.events} /> : <Empty>{UI.eventsEmpty}</Empty>}
            </Section>
            <LabelSheet batch={batch} />
          </>
        )}
      </QueryState>
    </Page>
  )
}

export const handle = {
  breadcrumb: () => i18next.t("breadcrumb.batch", { ns: NAMESPACE }),
}

export default TraceBatchPage
