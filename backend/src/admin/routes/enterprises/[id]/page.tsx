import { Button, Input, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import i18next from "i18next"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { DataList, DetailList, Page, Section, StatusBadge } from "../../../components/display"
import { CheckboxList, Field, FormDrawer, FormError, SelectField } from "../../../components/form"
import { Empty, QueryState } from "../../../components/states"
import { api, keys, type EnterpriseDetail, type EnterpriseStatus } from "../../../lib/api"
import { endOfDay, formatDay, formatRange, optionalNumber, optionalText, startOfDay, todayInChina } from "../../../lib/format"
import { NAMESPACE } from "../../../i18n/catalogue"
import { bpsToPercent, percentToBps } from "@seleno/domain/src/commission"
import { countyOptions, placeName } from "@seleno/domain/src/regions"
import { sdk } from "../../../lib/sdk"
import { privateFileHref } from "../../../lib/private-files"
import { fill, labelOf, useLabels } from "../../../lib/labels"

/** An application waiting for review: approve it, or reject it with the reason the enterprise is shown. */
function ReviewActions({ enterprise }: { enterprise: EnterpriseDetail }) {
  const { UI } = useLabels()
  const [note, setNote] = useState("")
  const queryClient = useQueryClient()
  const review = useMutation({
    mutationFn: (decision: "approve" | "reject") => api.reviewEnterprise(enterprise.id, decision === "reject" ? { decision, note: note.trim() } : { decision }),
    onSuccess: ({ enterprise: updated }) => {
      void queryClient.invalidateQueries({ queryKey: keys.enterprises })
      toast.success(updated.status === "active" ? UI.applicationApproved : UI.applicationRejected, { description: updated.name })
    },
  })
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex gap-2">
        <Input aria-label={UI.rejectReason} placeholder={UI.rejectReason} value={note} onChange={(e) => setNote(e.target.value)} size="small" />
        <Button size="small" variant="danger" type="button" isLoading={review.isPending && review.variables === "reject"} onClick={() => review.mutate("reject")}>
          {UI.reject}
        </Button>
        <Button size="small" variant="primary" type="button" isLoading={review.isPending && review.variables === "approve"} onClick={() => review.mutate("approve")}>
          {UI.approve}
        </Button>
      </div>
      <FormError error={review.error} />
    </div>
  )
}

/** Staff enter the rate as a percentage; the API keeps basis points (percentToBps in @seleno/domain). */
function CommissionForm({ enterprise }: { enterprise: EnterpriseDetail }) {
  const { UI, FIELD } = useLabels()
  const [open, setOpen] = useState(false)
  const [percent, setPercent] = useState(bpsToPercent(enterprise.commission_bps))
  const queryClient = useQueryClient()
  const save = useMutation({
    mutationFn: async () => {
      const commission_bps = percentToBps(percent)
      if (commission_bps === null) throw new Error(UI.commissionInvalid)
      return api.updateEnterprise(enterprise.id, { commission_bps })
    },
    onSuccess: ({ enterprise: updated }) => {
      void queryClient.invalidateQueries({ queryKey: keys.enterprise(enterprise.id) })
      toast.success(UI.commissionSaved, { description: `${bpsToPercent(updated.commission_bps)} %` })
      setOpen(false)
    },
  })
  return (
    <FormDrawer
      triggerLabel={UI.setCommission}
      title={UI.setCommission}
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) save.reset()
      }}
      onSubmit={() => save.mutate()}
      pending={save.isPending}
      error={save.error}
      submitLabel={UI.setCommission}
    >
      <Field id="commission-percent" label={FIELD.commission}>
        <Input id="commission-percent" type="number" inputMode="decimal" min={0} max={100} step={0.01} value={percent} onChange={(e) => setPercent(e.target.value)} required />
      </Field>
    </FormDrawer>
  )
}

function StatusActions({ enterprise }: { enterprise: EnterpriseDetail }) {
  const { UI, ENTERPRISE_STATUS } = useLabels()
  const queryClient = useQueryClient()
  const change = useMutation({
    mutationFn: (status: EnterpriseStatus) => api.updateEnterprise(enterprise.id, { status }),
    onSuccess: ({ enterprise: updated }) => {
      void queryClient.invalidateQueries({ queryKey: keys.enterprises })
      toast.success(UI.statusChanged, { description: labelOf(ENTERPRISE_STATUS, updated.status) })
    },
  })
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex gap-2">
        {enterprise.status !== "active" && (
          <Button size="small" variant="secondary" type="button" isLoading={change.isPending && change.variables === "active"} onClick={() => change.mutate("active")}>
            {UI.activate}
          </Button>
        )}
        {enterprise.status !== "suspended" && (
          <Button size="small" variant="danger" type="button" isLoading={change.isPending && change.variables === "suspended"} onClick={() => change.mutate("suspended")}>
            {UI.suspend}
          </Button>
        )}
      </div>
      <FormError error={change.error} />
    </div>
  )
}

function AddBase({ enterprise }: { enterprise: EnterpriseDetail }) {
  const { UI, FIELD, lang } = useLabels()
  const empty = { name: "", county: enterprise.county, location: "", area_mu: "" }
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(empty)
  const set = (key: keyof typeof empty) => (value: string) => setForm((f) => ({ ...f, [key]: value }))
  const queryClient = useQueryClient()
  const add = useMutation({
    mutationFn: () =>
      api.addBase(enterprise.id, {
        name: form.name.trim(),
        county: form.county,
        location: optionalText(form.location),
        area_mu: optionalNumber(form.area_mu),
      }),
    onSuccess: ({ base }) => {
      void queryClient.invalidateQueries({ queryKey: keys.enterprise(enterprise.id) })
      toast.success(UI.created, { description: base.name })
      setOpen(false)
      setForm(empty)
    },
  })
  return (
    <FormDrawer
      triggerLabel={UI.addBase}
      title={UI.addBase}
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) add.reset()
      }}
      onSubmit={() => add.mutate()}
      pending={add.isPending}
      error={add.error}
      submitLabel={UI.create}
    >
      <Field id="base-name" label={FIELD.name}>
        <Input id="base-name" value={form.name} onChange={(e) => set("name")(e.target.value)} required />
      </Field>
      <Field id="base-county" label={FIELD.county}>
        <SelectField id="base-county" value={form.county} onChange={set("county")} options={countyOptions(null, lang)} />
      </Field>
      <Field id="base-location" label={FIELD.location} optional>
        <Input id="base-location" value={form.location} onChange={(e) => set("location")(e.target.value)} />
      </Field>
      <Field id="base-area" label={FIELD.area_mu} optional>
        <Input id="base-area" type="number" min={1} step={1} value={form.area_mu} onChange={(e) => set("area_mu")(e.target.value)} />
      </Field>
    </FormDrawer>
  )
}

function GrantAuthorization({ enterprise }: { enterprise: EnterpriseDetail }) {
  const { UI, FIELD, BRAND_LEVEL } = useLabels()
  const empty = { brand_id: "", categories: [] as string[], valid_from: todayInChina(), valid_until: "" }
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(empty)
  const set = (key: Exclude<keyof typeof empty, "categories">) => (value: string) => setForm((f) => ({ ...f, [key]: value }))
  const brands = useQuery({ queryKey: keys.brands, queryFn: api.listBrands, enabled: open })
  const categories = useQuery({
    queryKey: ["seleno", "category-choices"],
    queryFn: () => sdk.admin.productCategory.list({ limit: 200, fields: "id,handle,name" }),
    enabled: open,
  })
  const queryClient = useQueryClient()
  const grant = useMutation({
    mutationFn: () =>
      api.grantAuthorization(enterprise.id, {
        brand_id: form.brand_id || undefined,
        category_handles: form.categories,
        valid_from: form.valid_from ? startOfDay(form.valid_from) : undefined,
        valid_until: form.valid_until ? endOfDay(form.valid_until) : undefined,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.enterprise(enterprise.id) })
      toast.success(UI.authorizationGranted)
      setOpen(false)
      setForm(empty)
    },
  })
  // The product categories themselves (named in Chinese, as the catalogue names them); the API keeps handles.
  const categoryOptions = (categories.data?.product_categories ?? []).map((c) => ({ value: c.handle, label: c.name }))

  return (
    <FormDrawer
      triggerLabel={UI.grantAuthorization}
      title={UI.grantAuthorization}
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) grant.reset()
      }}
      onSubmit={() => grant.mutate()}
      pending={grant.isPending}
      error={grant.error ?? brands.error ?? categories.error}
      submitLabel={UI.create}
    >
      <Field id="auth-brand" label={FIELD.brand}>
        <SelectField
          id="auth-brand"
          value={form.brand_id}
          onChange={set("brand_id")}
          disabled={!brands.data}
          placeholder={brands.isPending ? UI.loading : undefined}
          options={(brands.data?.brands ?? []).map((b) => ({ value: b.id, label: `${b.name} · ${labelOf(BRAND_LEVEL, b.level)}` }))}
        />
      </Field>
      <Field id="auth-categories" label={FIELD.categories} hint={categories.isPending ? UI.loading : categoryOptions.length ? UI.categoriesHint : UI.categoriesNone}>
        <CheckboxList
          id="auth-categories"
          label={FIELD.categories}
          value={form.categories}
          onChange={(categories) => setForm((f) => ({ ...f, categories }))}
          options={categoryOptions}
        />
      </Field>
      <Field id="auth-from" label={FIELD.valid_from}>
        <Input id="auth-from" type="date" value={form.valid_from} onChange={(e) => set("valid_from")(e.target.value)} required />
      </Field>
      <Field id="auth-until" label={FIELD.valid_until} hint={fill(UI.validUntilHint, { zone: UI.chinaTime })}>
        <Input id="auth-until" type="date" value={form.valid_until} onChange={(e) => set("valid_until")(e.target.value)} required />
      </Field>
    </FormDrawer>
  )
}

function Authorizations({ enterprise }: { enterprise: EnterpriseDetail }) {
  const { UI, FIELD, AUTHORIZATION_STATUS } = useLabels()
  const categories = useQuery({
    queryKey: ["seleno", "category-choices"],
    queryFn: () => sdk.admin.productCategory.list({ limit: 200, fields: "id,handle,name" }),
  })
  const categoryName = new Map((categories.data?.product_categories ?? []).map((c) => [c.handle, c.name]))
  const prompt = usePrompt()
  const queryClient = useQueryClient()
  const revoke = useMutation({
    mutationFn: (id: string) => api.revokeAuthorization(id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.enterprise(enterprise.id) })
      toast.success(UI.revoked)
    },
  })
  const confirmRevoke = async (id: string) => {
    const confirmed = await prompt({
      title: UI.revokeAuthorizationTitle,
      description: UI.revokeAuthorizationText,
      confirmText: UI.revoke,
      cancelText: UI.cancel,
    })
    if (confirmed) revoke.mutate(id)
  }
  const authorizations = enterprise.brand_authorizations ?? []

  return (
    <Section title={UI.authorizations} actions={<GrantAuthorization enterprise={enterprise} />}>
      {revoke.error ? (
        <div className="px-6 py-4">
          <FormError error={revoke.error} />
        </div>
      ) : null}
      {authorizations.length === 0 ? (
        <Empty>{UI.authorizationsEmpty}</Empty>
      ) : (
        <DataList
          label={UI.authorizations}
          rows={authorizations}
          rowKey={(a) => a.id}
          columns={[
            {
              header: FIELD.brand,
              cell: (a) =>
                a.brand ? (
                  <Link to={`/brands/${a.brand.id}`} className="text-ui-fg-interactive hover:underline">
                    {a.brand.name}
                  </Link>
                ) : (
                  "—"
                ),
            },
            { header: FIELD.categories, cell: (a) => (a.category_handles ?? []).map((h) => categoryName.get(h) ?? h).join("、") || "—" },
            { header: FIELD.validity, cell: (a) => formatRange(a.valid_from, a.valid_until), className: "whitespace-nowrap" },
            { header: FIELD.status, cell: (a) => <StatusBadge status={a.status} labels={AUTHORIZATION_STATUS} /> },
            {
              header: FIELD.actions,
              cell: (a) =>
                a.status === "revoked" || a.revoked_at ? (
                  <span className="text-ui-fg-muted">{formatDay(a.revoked_at)}</span>
                ) : (
                  <Button
                    size="small"
                    variant="danger"
                    type="button"
                    isLoading={revoke.isPending && revoke.variables === a.id}
                    onClick={() => void confirmRevoke(a.id)}
                    aria-label={`${UI.revoke} ${a.brand?.name ?? ""}`.trim()}
                  >
                    {UI.revoke}
                  </Button>
                ),
            },
          ]}
        />
      )}
    </Section>
  )
}

const EnterprisePage = () => {
  const { UI, FIELD, ENTERPRISE_KIND, ENTERPRISE_STATUS, lang } = useLabels()
  const { id = "" } = useParams()
  const query = useQuery({ queryKey: keys.enterprise(id), queryFn: () => api.getEnterprise(id), enabled: Boolean(id) })
  return (
    <Page>
      <QueryState query={query}>
        {({ enterprise }) => (
          <>
            <Section
              title={enterprise.name}
              level="h1"
              actions={
                <>
                  <StatusBadge status={enterprise.status} labels={ENTERPRISE_STATUS} />
                  {enterprise.status === "pending" ? <ReviewActions enterprise={enterprise} /> : <StatusActions enterprise={enterprise} />}
                  <CommissionForm enterprise={enterprise} />
                </>
              }
            >
              <DetailList
                items={[
                  [FIELD.handle, enterprise.handle],
                  [FIELD.kind, labelOf(ENTERPRISE_KIND, enterprise.kind)],
                  [FIELD.county, placeName(enterprise.county, lang)],
                  [FIELD.credit_code, <span className="font-mono">{enterprise.credit_code}</span>],
                  [FIELD.contact_name, enterprise.contact_name ?? "—"],
                  [FIELD.contact_phone, enterprise.contact_phone ?? "—"],
                  [FIELD.description, enterprise.description ?? "—"],
                  [FIELD.commission, `${bpsToPercent(enterprise.commission_bps)} %`],
                  [FIELD.review_note, enterprise.review_note ?? "—"],
                  [
                    FIELD.licence,
                    privateFileHref(enterprise.licence_file_url) ? (
                      <a href={privateFileHref(enterprise.licence_file_url)!} rel="noreferrer" className="text-ui-fg-interactive hover:underline">
                        {FIELD.licence}
                      </a>
                    ) : (
                      "—"
                    ),
                  ],
                ]}
              />
            </Section>
            <Section title={UI.bases} actions={<AddBase enterprise={enterprise} />}>
              {enterprise.bases?.length ? (
                <DataList
                  label={UI.bases}
                  rows={enterprise.bases}
                  rowKey={(b) => b.id}
                  columns={[
                    { header: FIELD.name, cell: (b) => b.name },
                    { header: FIELD.county, cell: (b) => placeName(b.county, lang) },
                    { header: FIELD.location, cell: (b) => b.location ?? "—" },
                    { header: FIELD.area_mu, cell: (b) => (b.area_mu ?? "—").toLocaleString() },
                  ]}
                />
              ) : (
                <Empty>{UI.basesEmpty}</Empty>
              )}
            </Section>
            <Authorizations enterprise={enterprise} />
          </>
        )}
      </QueryState>
    </Page>
  )
}

export const handle = {
  breadcrumb: () => i18next.t("breadcrumb.enterprise", { ns: NAMESPACE }),
}

export default EnterprisePage
