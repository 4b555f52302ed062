"use client"

import { REPORT_CASE_KINDS, REPORT_LIMITS, REPORT_PHOTO_TYPES, type StorefrontLocale } from "@seleno/domain"
import { useActionState, useState } from "react"
import { controlAria, LabelledField, TextField } from "@/modules/common/components/field"
import { fileReportAction, type ReportFormState } from "@/lib/actions/report-case"
import type { ReportSubject } from "@/lib/report-case"
import type { Messages } from "@/i18n"

const INITIAL: ReportFormState = { status: "idle" }

/**
 * 举报: a shopper reports a counterfeit, a wrong label or a quality problem about this product or
 * scanned code. A disclosure keeps it out of the way; it opens by itself after an error. A plain
 * form post with JavaScript off.
 */
export function ReportForm({ locale, subject, messages }: { locale: StorefrontLocale; subject: ReportSubject; messages: Messages["reports"] }) {
  const labels = messages.form
  const [state, action, pending] = useActionState(fileReportAction, INITIAL)
  const [photoError, setPhotoError] = useState<string | undefined>()
  const f = "report"
  const error = (name: string) => state.fieldErrors?.[name]
  const photo = photoError ?? error("photo")
  return (
    <details className="rounded-lg border border-stone-200 bg-white p-4" open={state.status === "error" || undefined}>
      <summary className="cursor-pointer font-medium text-stone-900">{labels.open}</summary>
      <form action={action} noValidate className="mt-4 space-y-4" key={state.at ?? 0}>
        <p className="text-sm text-stone-600">{labels.intro}</p>
        <input type="hidden" name="locale" value={locale} />
        {Object.entries(subject).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
        <fieldset aria-describedby={error("kind") ? `${f}-kind-error` : undefined}>
          <legend className="field-label">{labels.kind}</legend>
          <div className="flex flex-wrap gap-4">
            {REPORT_CASE_KINDS.map((kind) => (
              <label key={kind} className="flex items-center gap-2">
                <input type="radio" name="kind" value={kind} required defaultChecked={(state.values?.kind ?? "counterfeit") === kind} />
                {messages.kinds[kind]}
              </label>
            ))}
          </div>
          {error("kind") ? (
            <p id={`${f}-kind-error`} className="field-error">
              {error("kind")}
            </p>
          ) : null}
        </fieldset>
        <LabelledField id={`${f}-description`} label={labels.description} hint={labels.descriptionHint} error={error("description")}>
          <textarea
            id={`${f}-description`}
            name="description"
            rows={4}
            maxLength={REPORT_LIMITS.descriptionMax}
            defaultValue={state.values?.description}
            {...controlAria(`${f}-description`, { required: true, hint: labels.descriptionHint, error: error("description") })}
            className="field-input"
          />
        </LabelledField>
        <TextField
          id={`${f}-contact`}
          name="contact"
          label={labels.contact}
          hint={labels.contactHint}
          required={false}
          autoComplete="email"
          maxLength={REPORT_LIMITS.contactMax}
          defaultValue={state.values?.contact}
          error={error("contact")}
        />
        <LabelledField id={`${f}-photo`} label={labels.photo} hint={labels.photoHint} error={photo}>
          <input
            id={`${f}-photo`}
            name="photo"
            type="file"
            accept={REPORT_PHOTO_TYPES.join(",")}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0]
              if (file && file.size > REPORT_LIMITS.photoMaxBytes) {
                event.currentTarget.value = ""
                setPhotoError(labels.errors.photoSize)
              } else setPhotoError(undefined)
            }}
            {...controlAria(`${f}-photo`, { required: false, hint: labels.photoHint, error: photo })}
            className="field-input"
          />
        </LabelledField>
        {state.message ? (
          <p role="alert" className="field-error">
            {state.message}
          </p>
        ) : (
          <div role="status" aria-live="polite" />
        )}
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? labels.sending : labels.submit}
        </button>
      </form>
    </details>
  )
}
