import { defineRouteConfig } from "@medusajs/admin-sdk"
import { TimelineVertical } from "@medusajs/icons"
import { Badge, Input, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { DataList, Page, Section } from "../../components/display"
import { Field, FormDrawer, SelectField } from "../../components/form"
import { QueryState } from "../../components/states"
import { api, keys } from "../../lib/api"
import { formatDay, formatMgPerKg, optionalNumber, optionalText, startOfDay, todayInChina } from "../../lib/format"
import { useLabels } from "../../lib/labels"

const emptyBatch = {
  variant_id: "",
  lot: "",
  produced_on: todayInChina(),
  quantity: "",
  base_id: "",
  inspection_mg_per_kg: "",
  inspection_lab: "",
  inspected_on: "",
}

function CreateBatch() {
  const { UI, FIELD, HINT } = useLabels()
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(emptyBatch)
  const set = (key: keyof typeof emptyBatch) => (value: string) => setForm((f) => ({ ...f, [key]: value }))
  const variants = useQuery({ queryKey: keys.variants, queryFn: api.listVariantChoices, enabled: open })
  // A batch belongs to the enterprise of its variant's product: read it from the product's origin,
  // and offer that enterprise's bases.
  const productId = variants.data?.variants.find((v) => v.id === form.variant_id.trim())?.product?.id ?? ""
  const origin = useQuery({ queryKey: keys.origin(productId), queryFn: () => api.getOrigin(productId), enabled: open && Boolean(productId) })
  const enterpriseId = origin.data?.origin.enterprise?.id ?? ""
  const enterprise = useQuery({
    queryKey: keys.enterprise(enterpriseId),
    queryFn: () => api.getEnterprise(enterpriseId),
    enabled: open && Boolean(enterpriseId),
  })
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const create = useMutation({
    mutationFn: () =>
      api.createBatch({
        variant_id: form.variant_id.trim(),
        lot: form.lot.trim(),
        produced_on: form.produced_on ? startOfDay(form.produced_on) : undefined,
        quantity: optionalNumber(form.quantity),
        base_id: form.base_id || undefined,
        inspection_mg_per_kg: optionalNumber(form.inspection_mg_per_kg),
        inspection_lab: optionalText(form.inspection_lab),
        inspected_on: form.inspected_on ? startOfDay(form.inspected_on) : undefined,
      }),
    onSuccess: ({ trace_batch }) => {
      void queryClient.invalidateQueries({ queryKey: keys.batches })
      toast.success(UI.created, { description: `${trace_batch.gtin} · ${trace_batch.lot}` })
      setOpen(false)
      setForm(emptyBatch)
      navigate(`/trace-batches/${trace_batch.id}`)
    },
  })

  return (
    <FormDrawer
      triggerLabel={UI.createBatch}
      title={UI.createBatch}
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) create.reset()
      }}
      onSubmit={() => create.mutate()}
      pending={create.isPending}
      error={create.error ?? origin.error ?? enterprise.error}
      submitLabel={UI.create}
    >
      <Field id="batch-variant" label={FIELD.variant_id} hint={HINT.variantId}>
        <Input
          id="batch-variant"
          list="batch-variants"
          value={form.variant_id}
          onChange={(e) => setForm((f) => ({ ...f, variant_id: e.target.value, base_id: "" }))}
          required
          autoComplete="off"
        />
        <datalist id="batch-variants">
          {(variants.data?.variants ?? []).map((v) => (
            <option key={v.id} value={v.id} label={[v.product?.title, v.title].filter(Boolean).join(" · ")} />
          ))}
        </datalist>
      </Field>
      <Field id="batch-lot" label={FIELD.lot} hint={HINT.lot}>
        <Input id="batch-lot" value={form.lot} onChange={(e) => set("lot")(e.target.value)} required pattern="[A-Za-z0-9-]{1,20}" />
      </Field>
      <Field id="batch-produced" label={FIELD.produced_on}>
        <Input id="batch-produced" type="date" value={form.produced_on} onChange={(e) => set("produced_on")(e.target.value)} required />
      </Field>
      <Field id="batch-quantity" label={FIELD.quantity} hint={HINT.quantity}>
        <Input id="batch-quantity" type="number" min={1} step={1} value={form.quantity} onChange={(e) => set("quantity")(e.target.value)} required />
      </Field>
      <Field id="batch-enterprise" label={FIELD.enterprise} hint={UI.derivedEnterprise}>
        <Input
          id="batch-enterprise"
          readOnly
          value={productId ? (origin.data?.origin.enterprise?.name ?? (origin.isPending ? UI.loading : UI.noEnterprise)) : UI.chooseVariantFirst}
        />
      </Field>
      <Field id="batch-base" label={FIELD.base} optional>
        <SelectField
          id="batch-base"
          value={form.base_id}
          onChange={set("base_id")}
          allowNone
          disabled={!enterprise.data}
          options={(enterprise.data?.enterprise.bases ?? []).map((b) => ({ value: b.id, label: `${b.name} (${b.county})` }))}
        />
      </Field>
      <Field id="batch-inspection" label={FIELD.inspection_mg_per_kg} optional>
        <Input
          id="batch-inspection"
          type="number"
          min={0}
          step="any"
          value={form.inspection_mg_per_kg}
          onChange={(e) => set("inspection_mg_per_kg")(e.target.value)}
        />
      </Field>
      <Field id="batch-lab" label={FIELD.inspection_lab} optional>
        <Input id="batch-lab" value={form.inspection_lab} onChange={(e) => set("inspection_lab")(e.target.value)} />
      </Field>
      <Field id="batch-inspected" label={FIELD.inspected_on} optional>
        <Input id="batch-inspected" type="date" value={form.inspected_on} onChange={(e) => set("inspected_on")(e.target.value)} />
      </Field>
    </FormDrawer>
  )
}

const TraceBatchesPage = () => {
  const { UI, FIELD } = useLabels()
  const query = useQuery({ queryKey: keys.batches, queryFn: api.listBatches })
  return (
    <Page>
      <Section title={UI.batchesTitle} level="h1" actions={<CreateBatch />}>
        <QueryState query={query} isEmpty={(d) => d.trace_batches.length === 0} empty={UI.batchesEmpty}>
          {({ trace_batches }) => (
            <DataList
              label={UI.batchesTitle}
              rows={trace_batches}
              rowKey={(b) => b.id}
              columns={[
                {
                  header: FIELD.product,
                  cell: (b) => (
                    <Link to={`/trace-batches/${b.id}`} className="text-ui-fg-interactive hover:underline">
                      {b.variant?.product?.title ?? b.variant?.title ?? b.id}
                    </Link>
                  ),
                },
                { header: FIELD.gtin, cell: (b) => <span className="font-mono">{b.gtin}</span>, className: "whitespace-nowrap" },
                { header: FIELD.lot, cell: (b) => <span className="font-mono">{b.lot}</span>, className: "whitespace-nowrap" },
                { header: FIELD.produced_on, cell: (b) => formatDay(b.produced_on), className: "whitespace-nowrap" },
                { header: FIELD.quantity, cell: (b) => b.quantity.toLocaleString() },
                { header: FIELD.enterprise, cell: (b) => b.enterprise?.name ?? "—" },
                { header: FIELD.base, cell: (b) => (b.base ? `${b.base.name} (${b.base.county})` : "—") },
                { header: FIELD.inspection, cell: (b) => formatMgPerKg(b.inspection_mg_per_kg) },
                { header: FIELD.status, cell: (b) => (b.voided ? <Badge color="red">{UI.voided}</Badge> : "—") },
              ]}
            />
          )}
        </QueryState>
      </Section>
    </Page>
  )
}

export const config = defineRouteConfig({
  label: "nav.traceBatches",
  translationNs: "seleno",
  icon: TimelineVertical,
  rank: 4,
})

export default TraceBatchesPage
