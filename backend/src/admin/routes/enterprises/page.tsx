import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Input, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { DataList, Page, Section, StatusBadge } from "../../components/display"
import { Field, FormDrawer, SelectField } from "../../components/form"
import { QueryState } from "../../components/states"
import { api, keys } from "../../lib/api"
import { optionalText } from "../../lib/format"
import { labelOf, optionsOf, useLabels } from "../../lib/labels"
import { countyOptions, placeName } from "@seleno/domain/src/regions"

const emptyEnterprise = {
  handle: "",
  name: "",
  description: "",
  credit_code: "",
  kind: "",
  county: "",
  contact_name: "",
  contact_phone: "",
  status: "pending",
}

function CreateEnterprise() {
  const { UI, FIELD, HINT, ENTERPRISE_KIND, ENTERPRISE_STATUS, lang } = useLabels()
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(emptyEnterprise)
  const set = (key: keyof typeof emptyEnterprise) => (value: string) => setForm((f) => ({ ...f, [key]: value }))
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const create = useMutation({
    mutationFn: () =>
      api.createEnterprise({
        handle: form.handle.trim(),
        name: form.name.trim(),
        description: optionalText(form.description),
        credit_code: form.credit_code.trim(),
        kind: form.kind || undefined,
        county: form.county,
        contact_name: optionalText(form.contact_name),
        contact_phone: optionalText(form.contact_phone),
        status: form.status || undefined,
      }),
    onSuccess: ({ enterprise }) => {
      void queryClient.invalidateQueries({ queryKey: keys.enterprises })
      toast.success(UI.created, { description: enterprise.name })
      setOpen(false)
      setForm(emptyEnterprise)
      navigate(`/enterprises/${enterprise.id}`)
    },
  })

  return (
    <FormDrawer
      triggerLabel={UI.createEnterprise}
      title={UI.createEnterprise}
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
      <Field id="enterprise-handle" label={FIELD.handle} hint={HINT.enterpriseHandle}>
        <Input id="enterprise-handle" value={form.handle} onChange={(e) => set("handle")(e.target.value)} required />
      </Field>
      <Field id="enterprise-name" label={FIELD.name}>
        <Input id="enterprise-name" value={form.name} onChange={(e) => set("name")(e.target.value)} required />
      </Field>
      <Field id="enterprise-credit-code" label={FIELD.credit_code} hint={HINT.creditCode}>
        <Input
          id="enterprise-credit-code"
          value={form.credit_code}
          onChange={(e) => set("credit_code")(e.target.value)}
          required
          maxLength={18}
          autoComplete="off"
        />
      </Field>
      <Field id="enterprise-kind" label={FIELD.kind}>
        <SelectField id="enterprise-kind" value={form.kind} onChange={set("kind")} options={optionsOf(ENTERPRISE_KIND)} />
      </Field>
      <Field id="enterprise-county" label={FIELD.county}>
        <SelectField id="enterprise-county" value={form.county} onChange={set("county")} options={countyOptions(null, lang)} />
      </Field>
      <Field id="enterprise-contact-name" label={FIELD.contact_name} optional>
        <Input id="enterprise-contact-name" value={form.contact_name} onChange={(e) => set("contact_name")(e.target.value)} />
      </Field>
      <Field id="enterprise-contact-phone" label={FIELD.contact_phone} optional>
        <Input id="enterprise-contact-phone" type="tel" value={form.contact_phone} onChange={(e) => set("contact_phone")(e.target.value)} />
      </Field>
      <Field id="enterprise-status" label={FIELD.status}>
        <SelectField id="enterprise-status" value={form.status} onChange={set("status")} options={optionsOf(ENTERPRISE_STATUS).filter((o) => o.value !== "rejected")} />
      </Field>
      <Field id="enterprise-description" label={FIELD.description} optional>
        <Textarea id="enterprise-description" value={form.description} onChange={(e) => set("description")(e.target.value)} rows={4} />
      </Field>
    </FormDrawer>
  )
}

const EnterprisesPage = () => {
  const { UI, FIELD, ENTERPRISE_KIND, ENTERPRISE_STATUS, lang } = useLabels()
  const query = useQuery({ queryKey: keys.enterprises, queryFn: api.listEnterprises })
  return (
    <Page>
      <Section title={UI.enterprisesTitle} level="h1" actions={<CreateEnterprise />}>
        <QueryState query={query} isEmpty={(d) => d.enterprises.length === 0} empty={UI.enterprisesEmpty}>
          {({ enterprises }) => (
            <DataList
              label={UI.enterprisesTitle}
              rows={[...enterprises].sort((a, b) => a.county.localeCompare(b.county) || a.name.localeCompare(b.name, "zh-CN"))}
              rowKey={(e) => e.id}
              columns={[
                {
                  header: FIELD.name,
                  cell: (e) => (
                    <Link to={`/enterprises/${e.id}`} className="text-ui-fg-interactive hover:underline">
                      {e.name}
                    </Link>
                  ),
                },
                { header: FIELD.kind, cell: (e) => labelOf(ENTERPRISE_KIND, e.kind) },
                { header: FIELD.county, cell: (e) => placeName(e.county, lang) },
                { header: FIELD.credit_code_short, cell: (e) => <span className="font-mono">{e.credit_code}</span> },
                { header: FIELD.status, cell: (e) => <StatusBadge status={e.status} labels={ENTERPRISE_STATUS} /> },
              ]}
            />
          )}
        </QueryState>
      </Section>
    </Page>
  )
}

export const config = defineRouteConfig({
  label: "nav.enterprises",
  translationNs: "seleno",
  icon: Buildings,
  rank: 2,
})

export default EnterprisesPage
