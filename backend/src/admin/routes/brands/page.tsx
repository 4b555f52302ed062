import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Tag } from "@medusajs/icons"
import { Input, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { DataList, Page, Section } from "../../components/display"
import { CheckboxList, Field, FormDrawer, SelectField } from "../../components/form"
import { QueryState } from "../../components/states"
import { api, keys, type Brand } from "../../lib/api"
import { optionalText } from "../../lib/format"
import { labelOf, optionsOf, useLabels } from "../../lib/labels"
import { countyOptions, placeName, regionOptions } from "@seleno/domain/src/regions"

/** Brands in tree order (each parent followed by its children), with their depth. */
function brandTree(brands: Brand[]): { brand: Brand; depth: number }[] {
  const byParent = new Map<string | null, Brand[]>()
  const ids = new Set(brands.map((b) => b.id))
  for (const brand of brands) {
    const parent = brand.parent_id && ids.has(brand.parent_id) ? brand.parent_id : null
    byParent.set(parent, [...(byParent.get(parent) ?? []), brand])
  }
  const out: { brand: Brand; depth: number }[] = []
  const visit = (parent: string | null, depth: number) => {
    const children = [...(byParent.get(parent) ?? [])].sort((a, b) => a.region.localeCompare(b.region) || a.name.localeCompare(b.name, "zh-CN"))
    for (const brand of children) {
      out.push({ brand, depth })
      visit(brand.id, depth + 1)
    }
  }
  visit(null, 0)
  return out
}

const emptyBrand = { handle: "", name: "", story: "", level: "", mark_type: "", region: "", counties: [] as string[], parent_id: "" }
type BrandForm = typeof emptyBrand

function CreateBrand({ brands }: { brands: Brand[] }) {
  const { UI, FIELD, BRAND_LEVEL, MARK_TYPE, lang } = useLabels()
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(emptyBrand)
  const set = (key: Exclude<keyof BrandForm, "counties">) => (value: string) => setForm((f) => ({ ...f, [key]: value }))
  // Counties belong to a region: a new region drops the old region's ticks.
  const setRegion = (region: string) => setForm((f) => ({ ...f, region, counties: [] }))
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const create = useMutation({
    mutationFn: () =>
      api.createBrand({
        handle: form.handle.trim(),
        name: form.name.trim(),
        story: optionalText(form.story),
        level: form.level || undefined,
        mark_type: form.mark_type || undefined,
        region: form.region,
        counties: form.counties,
        parent_id: form.parent_id || undefined,
      }),
    onSuccess: ({ brand }) => {
      void queryClient.invalidateQueries({ queryKey: keys.brands })
      toast.success(UI.created, { description: brand.name })
      setOpen(false)
      setForm(emptyBrand)
      navigate(`/brands/${brand.id}`)
    },
  })

  return (
    <FormDrawer
      triggerLabel={UI.createBrand}
      title={UI.createBrand}
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
      <Field id="brand-handle" label={FIELD.handle} hint={UI.handleHint}>
        <Input id="brand-handle" value={form.handle} onChange={(e) => set("handle")(e.target.value)} required />
      </Field>
      <Field id="brand-name" label={FIELD.name}>
        <Input id="brand-name" value={form.name} onChange={(e) => set("name")(e.target.value)} required />
      </Field>
      <Field id="brand-story" label={FIELD.story} optional>
        <Textarea id="brand-story" value={form.story} onChange={(e) => set("story")(e.target.value)} rows={4} />
      </Field>
      <Field id="brand-level" label={FIELD.level}>
        <SelectField id="brand-level" value={form.level} onChange={set("level")} options={optionsOf(BRAND_LEVEL)} />
      </Field>
      <Field id="brand-mark" label={FIELD.mark_type}>
        <SelectField id="brand-mark" value={form.mark_type} onChange={set("mark_type")} options={optionsOf(MARK_TYPE)} />
      </Field>
      <Field id="brand-region" label={FIELD.region}>
        <SelectField id="brand-region" value={form.region} onChange={setRegion} options={regionOptions(lang)} />
      </Field>
      <Field id="brand-counties" label={FIELD.counties} optional hint={form.region ? UI.countiesHint : UI.regionFirst}>
        {form.region && (
          <CheckboxList
            id="brand-counties"
            label={FIELD.counties}
            value={form.counties}
            onChange={(counties) => setForm((f) => ({ ...f, counties }))}
            options={countyOptions(form.region, lang)}
          />
        )}
      </Field>
      <Field id="brand-parent" label={FIELD.parent} optional>
        <SelectField
          id="brand-parent"
          value={form.parent_id}
          onChange={set("parent_id")}
          allowNone
          options={brandTree(brands).map(({ brand, depth }) => ({ value: brand.id, label: `${"— ".repeat(depth)}${brand.name}` }))}
        />
      </Field>
    </FormDrawer>
  )
}

const BrandsPage = () => {
  const { UI, FIELD, BRAND_LEVEL, MARK_TYPE, lang } = useLabels()
  const query = useQuery({ queryKey: keys.brands, queryFn: api.listBrands })
  return (
    <Page>
      <Section title={UI.brandsTitle} level="h1" actions={<CreateBrand brands={query.data?.brands ?? []} />}>
        <QueryState query={query} isEmpty={(d) => d.brands.length === 0} empty={UI.brandsEmpty}>
          {({ brands }) => (
            <DataList
              label={UI.brandsTitle}
              rows={brandTree(brands)}
              rowKey={({ brand }) => brand.id}
              columns={[
                {
                  header: FIELD.name,
                  cell: ({ brand, depth }) => (
                    <span style={{ paddingLeft: `${depth * 1.25}rem` }} className="inline-flex items-center gap-1">
                      {depth > 0 && <span aria-hidden="true" className="text-ui-fg-muted">└</span>}
                      <Link to={`/brands/${brand.id}`} className="text-ui-fg-interactive hover:underline">
                        {brand.name}
                      </Link>
                    </span>
                  ),
                },
                { header: FIELD.level, cell: ({ brand }) => labelOf(BRAND_LEVEL, brand.level) },
                { header: FIELD.mark_type, cell: ({ brand }) => labelOf(MARK_TYPE, brand.mark_type) },
                { header: FIELD.region, cell: ({ brand }) => placeName(brand.region, lang) },
                { header: FIELD.counties, cell: ({ brand }) => (brand.counties?.length ? brand.counties.map((c) => placeName(c, lang)).join("、") : "—") },
              ]}
            />
          )}
        </QueryState>
      </Section>
    </Page>
  )
}

export const config = defineRouteConfig({
  label: "nav.brands",
  translationNs: "seleno",
  icon: Tag,
  rank: 1,
})

export default BrandsPage
