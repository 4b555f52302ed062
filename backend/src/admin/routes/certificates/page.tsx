import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Badge, Button, Input, Tabs, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { DataList, Page, Section, StatusBadge } from "../../components/display"
import { Field, FormDrawer, FormError, SelectField } from "../../components/form"
import { Empty, QueryState } from "../../components/states"
import { formatRange as formatSeleniumRange } from "@seleno/domain/src/certification/rules"
import { api, keys, type Certificate, type Standard } from "../../lib/api"
import { endOfDay, formatDay, formatMgPerKg, formatRange, optionalNumber, optionalText, startOfDay, todayInChina } from "../../lib/format"
import { privateFileHref } from "../../lib/private-files"
import { fill, labelOf, optionsOf, useLabels, type Labels } from "../../lib/labels"

type Tab = keyof Labels["CERTIFICATE_TABS"]

/** Which certificates a tab shows; filtered here so one request serves all three tabs. */
const inTab: Record<Tab, (c: Certificate) => boolean> = {
  all: () => true,
  review: (c) => c.review_status === "pending",
  expiring: (c) => c.status === "expiring" || c.status === "expiring_soon",
  expired: (c) => c.status === "expired",
}

const standardName = (s: Standard) => `${s.name_zh} ${s.name_en}`

function rangeText(standard: Standard | undefined, category: string, { HINT, CERTIFICATE_CATEGORY }: Labels): string | undefined {
  const range = standard?.ranges.find((r) => r.category === category)
  if (!range) return undefined
  return fill(HINT.standardRange, {
    code: standard!.code,
    range: formatSeleniumRange(range.min_mg_per_kg, range.max_mg_per_kg),
    category: labelOf(CERTIFICATE_CATEGORY, category),
  })
}

const emptyCertificate = {
  number: "",
  issuer_id: "",
  subject: "product",
  standard_code: "",
  category: "",
  measured_mg_per_kg: "",
  test_lab: "",
  tested_on: "",
  valid_from: todayInChina(),
  valid_until: "",
  enterprise_id: "",
  product_id: "",
}

function CreateCertificate() {
  const labels = useLabels()
  const { NAV, UI, FIELD, HINT, CERTIFICATE_SUBJECT, CERTIFICATE_CATEGORY } = labels
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(emptyCertificate)
  const set = (key: keyof typeof emptyCertificate) => (value: string) => setForm((f) => ({ ...f, [key]: value }))
  const standards = useQuery({ queryKey: keys.standards, queryFn: api.listStandards, enabled: open })
  const issuers = useQuery({ queryKey: keys.issuers, queryFn: api.listIssuers, enabled: open })
  const enterprises = useQuery({ queryKey: keys.enterprises, queryFn: api.listEnterprises, enabled: open })
  const products = useQuery({ queryKey: keys.products, queryFn: api.listProductChoices, enabled: open })
  const queryClient = useQueryClient()
  const create = useMutation({
    mutationFn: () =>
      api.createCertificate({
        number: form.number.trim(),
        issuer_id: form.issuer_id || undefined,
        subject: form.subject || undefined,
        standard_code: form.standard_code || undefined,
        category: form.category || undefined,
        measured_mg_per_kg: optionalNumber(form.measured_mg_per_kg),
        test_lab: optionalText(form.test_lab),
        tested_on: form.tested_on ? startOfDay(form.tested_on) : undefined,
        valid_from: form.valid_from ? startOfDay(form.valid_from) : undefined,
        valid_until: form.valid_until ? endOfDay(form.valid_until) : undefined,
        enterprise_id: form.enterprise_id || undefined,
        product_id: optionalText(form.product_id),
      }),
    onSuccess: ({ certificate }) => {
      void queryClient.invalidateQueries({ queryKey: keys.certificates })
      toast.success(UI.created, { description: certificate.number })
      setOpen(false)
      setForm(emptyCertificate)
    },
  })
  const standard = standards.data?.standards.find((s) => s.code === form.standard_code)
  // Only categories with entered figures can be certified under a standard.
  const categoryOptions = optionsOf(CERTIFICATE_CATEGORY).filter((o) => !standard || standard.ranges.some((r) => r.category === o.value))
  const issuerOptions = (issuers.data?.issuers ?? [])
    .filter((i) => i.active)
    .map((i) => ({ value: i.id, label: [i.name, i.cma_number && `CMA ${i.cma_number}`, i.cnas_number].filter(Boolean).join(" · ") }))

  return (
    <FormDrawer
      triggerLabel={UI.createCertificate}
      title={UI.createCertificate}
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) create.reset()
      }}
      onSubmit={() => create.mutate()}
      pending={create.isPending}
      error={create.error ?? standards.error ?? issuers.error ?? enterprises.error}
      submitLabel={UI.create}
    >
      <Field id="cert-number" label={FIELD.number}>
        <Input id="cert-number" value={form.number} onChange={(e) => set("number")(e.target.value)} required />
      </Field>
      <Field id="cert-issuer" label={FIELD.issuer} hint={NAV.issuers}>
        <SelectField
          id="cert-issuer"
          value={form.issuer_id}
          onChange={set("issuer_id")}
          disabled={!issuers.data}
          placeholder={issuers.isPending ? UI.loading : undefined}
          options={issuerOptions}
        />
      </Field>
      <Field id="cert-subject" label={FIELD.subject}>
        <SelectField id="cert-subject" value={form.subject} onChange={set("subject")} options={optionsOf(CERTIFICATE_SUBJECT)} />
      </Field>
      <Field id="cert-standard" label={FIELD.standard} hint={standard?.note ?? undefined}>
        <SelectField
          id="cert-standard"
          value={form.standard_code}
          onChange={(code) => setForm((f) => ({ ...f, standard_code: code, category: "" }))}
          disabled={!standards.data}
          placeholder={standards.isPending ? UI.loading : undefined}
          options={(standards.data?.standards ?? []).map((s) => ({ value: s.code, label: `${s.code} · ${standardName(s)}` }))}
        />
      </Field>
      <Field id="cert-category" label={FIELD.category} hint={rangeText(standard, form.category, labels)}>
        <SelectField id="cert-category" value={form.category} onChange={set("category")} options={categoryOptions} />
      </Field>
      <Field id="cert-measured" label={FIELD.measured}>
        <Input
          id="cert-measured"
          type="number"
          min={0}
          step="any"
          value={form.measured_mg_per_kg}
          onChange={(e) => set("measured_mg_per_kg")(e.target.value)}
          required
        />
      </Field>
      <Field id="cert-lab" label={FIELD.test_lab} optional>
        <Input id="cert-lab" value={form.test_lab} onChange={(e) => set("test_lab")(e.target.value)} />
      </Field>
      <Field id="cert-tested" label={FIELD.tested_on} optional>
        <Input id="cert-tested" type="date" value={form.tested_on} onChange={(e) => set("tested_on")(e.target.value)} />
      </Field>
      <Field id="cert-from" label={FIELD.valid_from}>
        <Input id="cert-from" type="date" value={form.valid_from} onChange={(e) => set("valid_from")(e.target.value)} required />
      </Field>
      <Field id="cert-until" label={FIELD.valid_until} hint={fill(UI.validUntilHint, { zone: UI.chinaTime })}>
        <Input id="cert-until" type="date" value={form.valid_until} onChange={(e) => set("valid_until")(e.target.value)} required />
      </Field>
      <Field id="cert-enterprise" label={FIELD.enterprise}>
        <SelectField
          id="cert-enterprise"
          value={form.enterprise_id}
          onChange={set("enterprise_id")}
          disabled={!enterprises.data}
          placeholder={enterprises.isPending ? UI.loading : undefined}
          options={(enterprises.data?.enterprises ?? []).map((e) => ({ value: e.id, label: e.name }))}
        />
      </Field>
      <Field id="cert-product" label={FIELD.product_id} optional hint={HINT.productId}>
        <Input id="cert-product" list="cert-products" value={form.product_id} onChange={(e) => set("product_id")(e.target.value)} autoComplete="off" />
        <datalist id="cert-products">
          {(products.data?.products ?? []).map((p) => (
            <option key={p.id} value={p.id} label={p.title} />
          ))}
        </datalist>
      </Field>
    </FormDrawer>
  )
}

/** A certificate an enterprise submitted: read its test report, then approve, or reject saying why. */
function ReviewCertificate({ certificate }: { certificate: Certificate }) {
  const { UI } = useLabels()
  const [note, setNote] = useState("")
  const queryClient = useQueryClient()
  const review = useMutation({
    mutationFn: (decision: "approve" | "reject") =>
      api.reviewCertificate(certificate.id, decision === "reject" ? { decision, note: note.trim() } : { decision }),
    onSuccess: ({ certificate: updated }) => {
      void queryClient.invalidateQueries({ queryKey: keys.certificates })
      toast.success(updated.review_status === "rejected" ? UI.certificateRejected : UI.certificateApproved, { description: updated.number })
    },
  })
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        {privateFileHref(certificate.test_report_url) ? (
          <a href={privateFileHref(certificate.test_report_url)!} rel="noreferrer" className="text-ui-fg-interactive hover:underline">
            {UI.testReport}
          </a>
        ) : null}
        <Input aria-label={`${UI.rejectReason} ${certificate.number}`} placeholder={UI.rejectReason} value={note} onChange={(e) => setNote(e.target.value)} size="small" />
        <Button size="small" variant="danger" type="button" isLoading={review.isPending && review.variables === "reject"} onClick={() => review.mutate("reject")}>
          {UI.rejectCertificate}
        </Button>
        <Button size="small" variant="primary" type="button" isLoading={review.isPending && review.variables === "approve"} onClick={() => review.mutate("approve")}>
          {UI.approveCertificate}
        </Button>
      </div>
      <FormError error={review.error} />
    </div>
  )
}

function CertificateTable({ certificates, label }: { certificates: Certificate[]; label: string }) {
  const { UI, FIELD, CERTIFICATE_STATUS, CERTIFICATE_CATEGORY } = useLabels()
  const prompt = usePrompt()
  const queryClient = useQueryClient()
  const revoke = useMutation({
    mutationFn: (id: string) => api.revokeCertificate(id),
    onSuccess: ({ certificate }) => {
      void queryClient.invalidateQueries({ queryKey: keys.certificates })
      toast.success(UI.revoked, { description: certificate.number })
    },
  })
  const confirmRevoke = async (certificate: Certificate) => {
    const confirmed = await prompt({
      title: UI.revokeCertificateTitle,
      description: `${certificate.number}: ${UI.revokeCertificateText}`,
      confirmText: UI.revoke,
      cancelText: UI.cancel,
    })
    if (confirmed) revoke.mutate(certificate.id)
  }

  return (
    <>
      {revoke.error ? (
        <div className="px-6 py-4">
          <FormError error={revoke.error} />
        </div>
      ) : null}
      {certificates.length === 0 ? (
        <Empty>{UI.certificatesEmpty}</Empty>
      ) : (
        <DataList
          label={label}
          rows={certificates}
          rowKey={(c) => c.id}
          columns={[
            { header: FIELD.number, cell: (c) => <span className="font-mono">{c.number}</span>, className: "whitespace-nowrap" },
            {
              header: FIELD.product,
              cell: (c) =>
                c.product ? (
                  <Link to={`/products/${c.product.id}`} className="text-ui-fg-interactive hover:underline">
                    {c.product.title}
                  </Link>
                ) : (
                  "—"
                ),
            },
            {
              header: FIELD.enterprise,
              cell: (c) =>
                c.enterprise ? (
                  <Link to={`/enterprises/${c.enterprise.id}`} className="text-ui-fg-interactive hover:underline">
                    {c.enterprise.name}
                  </Link>
                ) : (
                  "—"
                ),
            },
            { header: FIELD.issuer, cell: (c) => (c.issued_by?.cma_number ? `${c.issuer} · CMA ${c.issued_by.cma_number}` : c.issuer) },
            { header: FIELD.standard, cell: (c) => `${c.standard_code} · ${labelOf(CERTIFICATE_CATEGORY, c.category)}` },
            { header: FIELD.measured, cell: (c) => formatMgPerKg(c.measured_mg_per_kg), className: "whitespace-nowrap" },
            { header: FIELD.validity, cell: (c) => formatRange(c.valid_from, c.valid_until), className: "whitespace-nowrap" },
            { header: FIELD.status, cell: (c) => <StatusBadge status={c.status} labels={CERTIFICATE_STATUS} />, className: "whitespace-nowrap" },
            {
              header: FIELD.actions,
              cell: (c) =>
                c.review_status === "pending" ? (
                  <ReviewCertificate certificate={c} />
                ) : c.status === "revoked" ? (
                  <span className="text-ui-fg-muted">{formatDay(c.revoked_at)}</span>
                ) : (
                  <Button
                    size="small"
                    variant="danger"
                    type="button"
                    isLoading={revoke.isPending && revoke.variables === c.id}
                    onClick={() => void confirmRevoke(c)}
                    aria-label={`${UI.revoke} ${c.number}`}
                  >
                    {UI.revoke}
                  </Button>
                ),
            },
          ]}
        />
      )}
    </>
  )
}

const CertificatesPage = () => {
  const { UI, CERTIFICATE_TABS } = useLabels()
  const [tab, setTab] = useState<Tab>("all")
  const query = useQuery({ queryKey: keys.certificates, queryFn: api.listCertificates })
  const tabs = Object.keys(CERTIFICATE_TABS) as Tab[]

  return (
    <Page>
      <Section title={UI.certificatesTitle} level="h1" actions={<CreateCertificate />}>
        <QueryState query={query}>
          {({ certificates }) => (
            <Tabs value={tab} onValueChange={(value) => setTab(value as Tab)}>
              <div className="px-6 py-3">
                <Tabs.List>
                  {tabs.map((t) => (
                    <Tabs.Trigger key={t} value={t}>
                      {CERTIFICATE_TABS[t]}
                      <Badge size="2xsmall" className="ml-2" aria-hidden="true">
                        {certificates.filter(inTab[t]).length}
                      </Badge>
                    </Tabs.Trigger>
                  ))}
                </Tabs.List>
              </div>
              {tabs.map((t) => (
                <Tabs.Content key={t} value={t} className="border-t">
                  <CertificateTable label={`${UI.certificatesTitle}: ${CERTIFICATE_TABS[t]}`} certificates={certificates.filter(inTab[t])} />
                </Tabs.Content>
              ))}
            </Tabs>
          )}
        </QueryState>
      </Section>
    </Page>
  )
}

export const config = defineRouteConfig({
  label: "nav.certificates",
  translationNs: "seleno",
  icon: ShieldCheck,
  rank: 3,
})

export default CertificatesPage
