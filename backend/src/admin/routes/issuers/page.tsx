import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Button, Checkbox, Input, Label, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { DataList, Page, Section } from "../../components/display"
import { Field, FormDrawer, FormError } from "../../components/form"
import { QueryState } from "../../components/states"
import { api, keys, type CertificateCategory, type Issuer } from "../../lib/api"
import { optionalText, splitList } from "../../lib/format"
import { fill, labelOf, optionsOf, useLabels } from "../../lib/labels"

type IssuerForm = { name: string; cma_number: string; cnas_number: string; scope_categories: CertificateCategory[]; scope_standard_codes: string }

const emptyIssuer: IssuerForm = { name: "", cma_number: "", cnas_number: "", scope_categories: [], scope_standard_codes: "" }

const formOf = (i: Issuer): IssuerForm => ({
  name: i.name,
  cma_number: i.cma_number ?? "",
  cnas_number: i.cnas_number ?? "",
  scope_categories: i.scope_categories,
  scope_standard_codes: i.scope_standard_codes.join(", "),
})

const bodyOf = (form: IssuerForm) => ({
  name: form.name.trim(),
  cma_number: optionalText(form.cma_number) ?? null,
  cnas_number: optionalText(form.cnas_number) ?? null,
  scope_categories: form.scope_categories,
  scope_standard_codes: splitList(form.scope_standard_codes),
})

function IssuerFields({ form, setForm }: { form: IssuerForm; setForm: (update: (f: IssuerForm) => IssuerForm) => void }) {
  const { UI, FIELD, HINT, CERTIFICATE_CATEGORY } = useLabels()
  const toggle = (category: CertificateCategory, on: boolean) =>
    setForm((f) => ({ ...f, scope_categories: on ? [...f.scope_categories, category] : f.scope_categories.filter((c) => c !== category) }))
  return (
    <>
      <Field id="issuer-name" label={FIELD.name}>
        <Input id="issuer-name" value={form.name} onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))} required />
      </Field>
      <Field id="issuer-cma" label={FIELD.cma_number} optional hint={HINT.cma}>
        <Input id="issuer-cma" value={form.cma_number} onChange={(e) => setForm((f) => ({ ...f, cma_number: e.target.value }))} />
      </Field>
      <Field id="issuer-cnas" label={FIELD.cnas_number} optional hint={HINT.cnas}>
        <Input id="issuer-cnas" value={form.cnas_number} onChange={(e) => setForm((f) => ({ ...f, cnas_number: e.target.value }))} />
      </Field>
      <fieldset className="flex flex-col gap-y-2">
        <legend className="txt-compact-small-plus mb-1.5">{FIELD.scope_categories}</legend>
        {optionsOf(CERTIFICATE_CATEGORY).map((o) => (
          <div key={o.value} className="flex items-center gap-x-2">
            <Checkbox id={`scope-${o.value}`} checked={form.scope_categories.includes(o.value)} onCheckedChange={(on) => toggle(o.value, on === true)} />
            <Label htmlFor={`scope-${o.value}`} size="small">
              {o.label}
            </Label>
          </div>
        ))}
      </fieldset>
      <Field id="issuer-standards" label={FIELD.scope_standard_codes} optional hint={fill(HINT.scopeStandards, { any: UI.anyStandard })}>
        <Input id="issuer-standards" value={form.scope_standard_codes} onChange={(e) => setForm((f) => ({ ...f, scope_standard_codes: e.target.value }))} />
      </Field>
    </>
  )
}

function IssuerDrawer({ issuer }: { issuer?: Issuer }) {
  const { UI } = useLabels()
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<IssuerForm>(issuer ? formOf(issuer) : emptyIssuer)
  const queryClient = useQueryClient()
  const save = useMutation({
    mutationFn: () => (issuer ? api.updateIssuer(issuer.id, bodyOf(form)) : api.createIssuer(bodyOf(form))),
    onSuccess: ({ issuer: saved }) => {
      void queryClient.invalidateQueries({ queryKey: keys.issuers })
      toast.success(issuer ? UI.saved : UI.created, { description: saved.name })
      setOpen(false)
      if (!issuer) setForm(emptyIssuer)
    },
  })
  const label = issuer ? UI.editIssuer : UI.createIssuer
  return (
    <FormDrawer
      triggerLabel={label}
      title={issuer ? `${label} ${issuer.name}` : label}
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next && issuer) setForm(formOf(issuer))
        if (!next) save.reset()
      }}
      onSubmit={() => save.mutate()}
      pending={save.isPending}
      error={save.error}
      submitLabel={issuer ? UI.save : UI.create}
    >
      <IssuerFields form={form} setForm={setForm} />
    </FormDrawer>
  )
}

function ActiveToggle({ issuer }: { issuer: Issuer }) {
  const { UI } = useLabels()
  const queryClient = useQueryClient()
  const toggle = useMutation({
    mutationFn: () => api.updateIssuer(issuer.id, { active: !issuer.active }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.issuers }),
  })
  return (
    <div className="flex flex-col gap-1">
      <Button size="small" variant={issuer.active ? "danger" : "secondary"} type="button" isLoading={toggle.isPending} onClick={() => toggle.mutate()}>
        {issuer.active ? UI.deactivate : UI.activate}
      </Button>
      <FormError error={toggle.error} />
    </div>
  )
}

const IssuersPage = () => {
  const { UI, FIELD, CERTIFICATE_CATEGORY } = useLabels()
  const query = useQuery({ queryKey: keys.issuers, queryFn: api.listIssuers })
  return (
    <Page>
      <Section title={UI.issuersTitle} level="h1" actions={<IssuerDrawer />}>
        <div className="px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            {UI.issuersIntro}
          </Text>
        </div>
        <QueryState query={query}>
          {({ issuers }) => (
            <DataList
              label={UI.issuersTitle}
              rows={issuers}
              rowKey={(i) => i.id}
              columns={[
                {
                  header: FIELD.name,
                  cell: (i) => (
                    <span>
                      {i.name} {i.active ? null : <Badge size="2xsmall">{UI.inactive}</Badge>}
                    </span>
                  ),
                },
                { header: FIELD.cma_number, cell: (i) => <span className="font-mono">{i.cma_number ?? "—"}</span> },
                { header: FIELD.cnas_number, cell: (i) => <span className="font-mono">{i.cnas_number ?? "—"}</span> },
                { header: FIELD.scope_categories, cell: (i) => i.scope_categories.map((c) => labelOf(CERTIFICATE_CATEGORY, c)).join(", ") },
                { header: FIELD.scope_standard_codes, cell: (i) => (i.scope_standard_codes.length ? i.scope_standard_codes.join(", ") : UI.anyStandard) },
                {
                  header: FIELD.actions,
                  cell: (i) => (
                    <div className="flex items-start gap-2">
                      <IssuerDrawer issuer={i} />
                      <ActiveToggle issuer={i} />
                    </div>
                  ),
                },
              ]}
            />
          )}
        </QueryState>
      </Section>
    </Page>
  )
}

export const config = defineRouteConfig({
  label: "nav.issuers",
  translationNs: "seleno",
  icon: BuildingStorefront,
  rank: 7,
})

export default IssuersPage
