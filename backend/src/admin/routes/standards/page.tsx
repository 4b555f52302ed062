import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BookOpen } from "@medusajs/icons"
import { Input, Text, Textarea, toast } from "@medusajs/ui"
import { formatRange } from "@seleno/domain/src/certification/rules"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { DataList, Page, Section } from "../../components/display"
import { Field, FormDrawer, SelectField } from "../../components/form"
import { Empty, QueryState } from "../../components/states"
import { api, keys, type Standard } from "../../lib/api"
import { optionalNumber, optionalText } from "../../lib/format"
import { labelOf, optionsOf, useLabels } from "../../lib/labels"

const emptyStandard = { code: "", edition: "", name_zh: "", name_en: "", source: "", note: "" }

/** Staff add a standard by its printed code; its ranges are entered one category at a time below. */
function CreateStandard() {
  const { UI } = useLabels()
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(emptyStandard)
  const set = (key: keyof typeof emptyStandard) => (value: string) => setForm((f) => ({ ...f, [key]: value }))
  const queryClient = useQueryClient()
  const create = useMutation({
    mutationFn: () => api.createStandard({ ...form, note: optionalText(form.note) ?? null }),
    onSuccess: ({ standard }) => {
      void queryClient.invalidateQueries({ queryKey: keys.standards })
      toast.success(UI.created, { description: standard.code })
      setOpen(false)
      setForm(emptyStandard)
    },
  })
  return (
    <FormDrawer
      triggerLabel={UI.createStandard}
      title={UI.createStandard}
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) create.reset()
      }}
      onSubmit={() => create.mutate()}
      pending={create.isPending}
      error={create.error}
      submitLabel={UI.create}
    >
      <StandardFields form={form} set={set} withCode />
    </FormDrawer>
  )
}

function StandardFields({ form, set, withCode }: { form: typeof emptyStandard; set: (key: keyof typeof emptyStandard) => (value: string) => void; withCode?: boolean }) {
  const { FIELD, HINT } = useLabels()
  return (
    <>
      {withCode ? (
        <Field id="std-code" label={FIELD.code} hint={HINT.standardCode}>
          <Input id="std-code" value={form.code} onChange={(e) => set("code")(e.target.value)} required />
        </Field>
      ) : null}
      <Field id="std-edition" label={FIELD.edition}>
        <Input id="std-edition" value={form.edition} onChange={(e) => set("edition")(e.target.value)} required />
      </Field>
      <Field id="std-name-zh" label={FIELD.name_zh}>
        <Input id="std-name-zh" value={form.name_zh} onChange={(e) => set("name_zh")(e.target.value)} required />
      </Field>
      <Field id="std-name-en" label={FIELD.name_en}>
        <Input id="std-name-en" value={form.name_en} onChange={(e) => set("name_en")(e.target.value)} required />
      </Field>
      <Field id="std-source" label={FIELD.source} hint={HINT.standardSource}>
        <Textarea id="std-source" value={form.source} onChange={(e) => set("source")(e.target.value)} required />
      </Field>
      <Field id="std-note" label={FIELD.note} optional>
        <Textarea id="std-note" value={form.note} onChange={(e) => set("note")(e.target.value)} />
      </Field>
    </>
  )
}

function EditStandard({ standard }: { standard: Standard }) {
  const { UI } = useLabels()
  const initial = { code: standard.code, edition: standard.edition, name_zh: standard.name_zh, name_en: standard.name_en, source: standard.source, note: standard.note ?? "" }
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(initial)
  const set = (key: keyof typeof emptyStandard) => (value: string) => setForm((f) => ({ ...f, [key]: value }))
  const queryClient = useQueryClient()
  const save = useMutation({
    mutationFn: () => {
      const { code: _code, ...fields } = form
      return api.updateStandard(standard.id, { ...fields, note: optionalText(form.note) ?? null })
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.standards })
      toast.success(UI.saved, { description: standard.code })
      setOpen(false)
    },
  })
  return (
    <FormDrawer
      triggerLabel={UI.editIssuer}
      title={`${UI.editIssuer} ${standard.code}`}
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next) setForm(initial)
        else save.reset()
      }}
      onSubmit={() => save.mutate()}
      pending={save.isPending}
      error={save.error}
    >
      <StandardFields form={form} set={set} />
    </FormDrawer>
  )
}

const emptyRange = { category: "", min: "", max: "", containing_min: "", containing_max: "" }

/** Enters the figures for one category (a new row, or a correction of the existing one). */
function SaveRange({ standard }: { standard: Standard }) {
  const { UI, FIELD, CERTIFICATE_CATEGORY } = useLabels()
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(emptyRange)
  const set = (key: keyof typeof emptyRange) => (value: string) => setForm((f) => ({ ...f, [key]: value }))
  const queryClient = useQueryClient()
  const save = useMutation({
    mutationFn: () =>
      api.saveRange(standard.id, {
        category: form.category || undefined,
        min_mg_per_kg: optionalNumber(form.min),
        max_mg_per_kg: optionalNumber(form.max) ?? null,
        containing_min_mg_per_kg: optionalNumber(form.containing_min) ?? null,
        containing_max_mg_per_kg: optionalNumber(form.containing_max) ?? null,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.standards })
      toast.success(UI.saved, { description: `${standard.code} · ${labelOf(CERTIFICATE_CATEGORY, form.category)}` })
      setOpen(false)
      setForm(emptyRange)
    },
  })
  const figure = (key: keyof typeof emptyRange, label: string, optional = true) => (
    <Field id={`range-${key}`} label={label} optional={optional}>
      <Input id={`range-${key}`} type="number" min={0} step="any" value={form[key]} onChange={(e) => set(key)(e.target.value)} required={!optional} />
    </Field>
  )
  return (
    <FormDrawer
      triggerLabel={UI.saveRange}
      title={`${standard.code}: ${UI.saveRange}`}
      description={UI.standardsIntro}
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) save.reset()
      }}
      onSubmit={() => save.mutate()}
      pending={save.isPending}
      error={save.error}
    >
      <Field id="range-category" label={FIELD.category}>
        <SelectField id="range-category" value={form.category} onChange={set("category")} options={optionsOf(CERTIFICATE_CATEGORY)} />
      </Field>
      {figure("min", FIELD.min, false)}
      {figure("max", FIELD.max)}
      {figure("containing_min", FIELD.containing_min)}
      {figure("containing_max", FIELD.containing_max)}
    </FormDrawer>
  )
}

const tier = (min: number | null, max: number | null) => (min === null ? "—" : `${formatRange(min, max)} mg/kg`)

function StandardSection({ standard }: { standard: Standard }) {
  const { UI, FIELD, CERTIFICATE_CATEGORY } = useLabels()
  return (
    <Section
      title={`${standard.code} ${standard.name_zh} · ${standard.name_en}`}
      actions={
        <div className="flex gap-2">
          <EditStandard standard={standard} />
          <SaveRange standard={standard} />
        </div>
      }
    >
      <div className="px-6 py-3">
        <Text size="small" className="text-ui-fg-subtle">
          {FIELD.source}: {standard.source}
          {standard.note ? ` · ${standard.note}` : ""}
        </Text>
      </div>
      {standard.ranges.length === 0 ? (
        <Empty>{UI.noRanges}</Empty>
      ) : (
        <DataList
          label={`${standard.code} ${FIELD.ranges}`}
          rows={standard.ranges}
          rowKey={(r) => r.id}
          columns={[
            { header: FIELD.category, cell: (r) => labelOf(CERTIFICATE_CATEGORY, r.category) },
            { header: FIELD.selenium_rich, cell: (r) => `${formatRange(r.min_mg_per_kg, r.max_mg_per_kg)} mg/kg${r.max_mg_per_kg === null ? ` (${UI.noLimit})` : ""}` },
            { header: FIELD.selenium_containing, cell: (r) => tier(r.containing_min_mg_per_kg, r.containing_max_mg_per_kg) },
          ]}
        />
      )}
    </Section>
  )
}

const StandardsPage = () => {
  const { UI } = useLabels()
  const query = useQuery({ queryKey: keys.standards, queryFn: api.listStandards })
  return (
    <Page>
      <Section title={UI.standardsTitle} level="h1" actions={<CreateStandard />}>
        <div className="px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            {UI.standardsIntro}
          </Text>
        </div>
      </Section>
      <QueryState query={query}>{({ standards }) => <>{standards.map((s) => <StandardSection key={s.id} standard={s} />)}</>}</QueryState>
    </Page>
  )
}

export const config = defineRouteConfig({
  label: "nav.standards",
  translationNs: "seleno",
  icon: BookOpen,
  rank: 6,
})

export default StandardsPage
