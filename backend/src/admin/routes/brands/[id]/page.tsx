import { Button, Input, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState, type FormEvent } from "react"
import { Link, useParams } from "react-router-dom"
import { DetailList, Page, Section } from "../../../components/display"
import { Field, FormError, SelectField } from "../../../components/form"
import { QueryState } from "../../../components/states"
import { api, keys, type BrandDetail } from "../../../lib/api"
import { splitList } from "../../../lib/format"
import { BRAND_LEVEL, FIELD, labelOf, MARK_TYPE, optionsOf, UI } from "../../../lib/labels"

function EditBrand({ brand }: { brand: BrandDetail }) {
  const initial = {
    name: brand.name,
    story: brand.story ?? "",
    mark_type: brand.mark_type,
    region: brand.region,
    counties: (brand.counties ?? []).join(", "),
    logo_url: brand.logo_url ?? "",
  }
  const [form, setForm] = useState(initial)
  const set = (key: keyof typeof initial) => (value: string) => setForm((f) => ({ ...f, [key]: value }))
  const queryClient = useQueryClient()
  const save = useMutation({
    mutationFn: () =>
      api.updateBrand(brand.id, {
        name: form.name.trim(),
        // Blank clears the story and logo rather than leaving the old ones in place.
        story: form.story.trim() || null,
        mark_type: form.mark_type,
        region: form.region.trim(),
        counties: splitList(form.counties),
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
          <Input id="edit-brand-region" value={form.region} onChange={(e) => set("region")(e.target.value)} required />
        </Field>
        <Field id="edit-brand-counties" label={FIELD.counties} optional hint={UI.commaSeparated}>
          <Input id="edit-brand-counties" value={form.counties} onChange={(e) => set("counties")(e.target.value)} />
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
                  [FIELD.region, brand.region],
                  [FIELD.counties, brand.counties?.length ? brand.counties.join(", ") : "—"],
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
  breadcrumb: () => "Brand",
}

export default BrandPage
