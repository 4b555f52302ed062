import { Button, Input, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import i18next from "i18next"
import { useState, type FormEvent } from "react"
import { Link, useParams } from "react-router-dom"
import { DetailList, Page, Section } from "../../../components/display"
import { CheckboxList, Field, FormError, SelectField } from "../../../components/form"
import { QueryState } from "../../../components/states"
import { NAMESPACE } from "../../../i18n/catalogue"
import { api, keys, type BrandDetail } from "../../../lib/api"
import { labelOf, optionsOf, useLabels } from "../../../lib/labels"
import { countyOptions, placeName, regionOptions } from "@seleno/domain/src/regions"

function EditBrand({ brand }: { brand: BrandDetail }) {
  const { UI, FIELD, MARK_TYPE, lang } = useLabels()
  const initial = {
    name: brand.name,
    story: brand.story ?? "",
    mark_type: brand.mark_type,
    region: brand.region,
    counties: brand.counties ?? [],
    logo_url: brand.logo_url ?? "",
  }
  const [form, setForm] = useState(initial)
  const set = (key: Exclude<keyof typeof initial, "counties">) => (value: string) => setForm((f) => ({ ...f, [key]: value }))
  // Counties belong to a region: a new region drops the old region's ticks.
  const setRegion = (region: string) => setForm((f) => ({ ...f, region, counties: [] }))
  const queryClient = useQueryClient()
  const save = useMutation({
    mutationFn: () =>
      api.updateBrand(brand.id, {
        name: form.name.trim(),
        // Blank clears the story and logo rather than leaving the old ones in place.
        story: form.story.trim() || null,
        mark_type: form.mark_type,
        region: form.region,
        counties: form.counties,
        logo_url: form.logo_url.trim() || null,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.brands })
      toast.success(UI.saved)
    },
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate()
  }

  return (
    <Section title={UI.editBrand}>
      <form onSubmit={submit} className="flex flex-col gap-y-4 px-6 py-4" aria-label={UI.editBrand}>
        <FormError error={save.error} />
        <Field id="edit-brand-name" label={FIELD.name}>
          <Input id="edit-brand-name" value={form.name} onChange={(e) => set("name")(e.target.value)} required />
        </Field>
        <Field id="edit-brand-story" label={FIELD.story} optional>
          <Textarea id="edit-brand-story" value={form.story} onChange={(e) => set("story")(e.target.value)} rows={5} />
        </Field>
        <Field id="edit-brand-mark" label={FIELD.mark_type}>
          <SelectField id="edit-brand-mark" value={form.mark_type} onChange={set("mark_type")} options={optionsOf(MARK_TYPE)} />
        </Field>
        <Field id="edit-brand-region" label={FIELD.region}>
          <SelectField id="edit-brand-region" value={form.region} onChange={setRegion} options={regionOptions(lang)} />
        </Field>
        <Field id="edit-brand-counties" label={FIELD.counties} optional hint={UI.countiesHint}>
          <CheckboxList
            id="edit-brand-counties"
            label={FIELD.counties}
            value={form.counties}
            onChange={(counties) => setForm((f) => ({ ...f, counties }))}
            options={countyOptions(form.region, lang)}
          />
        </Field>
        <Field id="edit-brand-logo" label={FIELD.logo_url} optional>
          <Input id="edit-brand-logo" type="url" value={form.logo_url} onChange={(e) => set("logo_url")(e.target.value)} />
        </Field>
        <div className="flex justify-end">
          <Button size="small" type="submit" isLoading={save.isPending}>
            {UI.save}
          </Button>
        </div>
      </form>
    </Section>
  )
}

const BrandPage = () => {
  const { UI, FIELD, BRAND_LEVEL, MARK_TYPE, lang } = useLabels()
  const { id = "" } = useParams()
  const query = useQuery({ queryKey: keys.brand(id), queryFn: () => api.getBrand(id), enabled: Boolean(id) })
  return (
    <Page>
      <QueryState query={query}>
        {({ brand }) => (
          <>
            <Section title={brand.name} level="h1">
              <DetailList
                items={[
                  [FIELD.handle, brand.handle],
                  [FIELD.level, labelOf(BRAND_LEVEL, brand.level)],
                  [FIELD.mark_type, labelOf(MARK_TYPE, brand.mark_type)],
                  [FIELD.region, placeName(brand.region, lang)],
                  [FIELD.counties, brand.counties?.length ? brand.counties.map((c) => placeName(c, lang)).join("、") : "—"],
                  [
                    UI.parentBrand,
                    brand.parent ? (
                      <Link to={`/brands/${brand.parent.id}`} className="text-ui-fg-interactive hover:underline">
                        {brand.parent.name}
                      </Link>
                    ) : (
                      "—"
                    ),
                  ],
                  [
                    UI.childBrands,
                    brand.children?.length ? (
                      <span className="flex flex-wrap gap-x-3">
                        {brand.children.map((child) => (
                          <Link key={child.id} to={`/brands/${child.id}`} className="text-ui-fg-interactive hover:underline">
                            {child.name}
                          </Link>
                        ))}
                      </span>
                    ) : (
                      "—"
                    ),
                  ],
                ]}
              />
            </Section>
            {/* Keyed so the form starts from the saved values again after navigating to another brand. */}
            <EditBrand key={brand.id} brand={brand} />
          </>
        )}
      </QueryState>
    </Page>
  )
}

export const handle = {
  breadcrumb: () => i18next.t("breadcrumb.brand", { ns: NAMESPACE }),
}

export default BrandPage
