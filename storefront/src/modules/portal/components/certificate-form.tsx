"use client"

import { useActionState } from "react"
import { submitCertificateAction } from "@/lib/actions/portal-certificates"
import type { PortalFormState } from "@/lib/actions/portal-guard"
import { FormStatus, PortalFile, PortalSelect, PortalText } from "./fields"

const INITIAL: PortalFormState = { status: "idle" }

type Option = { value: string; label: string }

export interface CertificateFormLabels {
  upload: string
  number: string
  issuer: string
  issuerPlaceholder: string
  subject: string
  standard: string
  standardPlaceholder: string
  category: string
  product: string
  productNone: string
  selenium: string
  testLab: string
  testedOn: string
  validFrom: string
  validUntil: string
  report: string
  reportHint: string
  errorReport: string
  submit: string
}

export function CertificateForm({
  locale,
  labels,
  subjects,
  standards,
  issuers,
  categories,
  products,
}: {
  locale: string
  labels: CertificateFormLabels
  subjects: Option[]
  standards: Option[]
  issuers: Option[]
  categories: Option[]
  products: Option[]
}) {
  const [state, action, pending] = useActionState(submitCertificateAction, INITIAL)
  const f = "certificate"
  return (
    // A new, empty form after a certificate was sent.
    <form action={action} noValidate className="space-y-4" aria-labelledby="certificate-title" key={state.status === "ok" ? state.at : "form"}>
      <h2 id="certificate-title" className="text-lg font-semibold">
        {labels.upload}
      </h2>
      <input type="hidden" name="locale" value={locale} />
      <div className="grid gap-4 sm:grid-cols-2">
        <PortalText form={f} name="number" label={labels.number} state={state} />
        <PortalSelect form={f} name="issuer_id" label={labels.issuer} placeholder={labels.issuerPlaceholder} options={issuers} state={state} />
        <PortalSelect form={f} name="subject" label={labels.subject} options={subjects} state={state} defaultValue="product" />
        <PortalSelect form={f} name="product_id" label={labels.product} placeholder={labels.productNone} options={products} state={state} required={false} />
        <PortalSelect form={f} name="standard_code" label={labels.standard} placeholder={labels.standardPlaceholder} options={standards} state={state} />
        <PortalSelect form={f} name="category" label={labels.category} options={categories} state={state} defaultValue="tea" />
        <PortalText form={f} name="measured_mg_per_kg" label={labels.selenium} inputMode="text" state={state} />
        <PortalText form={f} name="test_lab" label={labels.testLab} state={state} required={false} />
        <PortalText form={f} name="tested_on" type="date" label={labels.testedOn} state={state} required={false} />
        <PortalText form={f} name="valid_from" type="date" label={labels.validFrom} state={state} />
        <PortalText form={f} name="valid_until" type="date" label={labels.validUntil} state={state} />
        <PortalFile form={f} name="test_report" label={labels.report} hint={labels.reportHint} accept="image/jpeg,image/png,application/pdf" required tooLarge={labels.errorReport} state={state} />
      </div>
      <FormStatus state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  )
}
