"use client"

import { useActionState } from "react"
import type { PortalFormState } from "@/lib/actions/portal-guard"
import { setDiscountConsentAction, setPriceFloorAction } from "@/lib/actions/portal-discounts"
import { FormStatus, PortalText } from "./fields"

const INITIAL: PortalFormState = { status: "idle" }

/** The standing opt-in: one button that flips it, with the current answer said in words. */
export function ConsentForm({ locale, accepts, labels }: { locale: string; accepts: boolean; labels: { consentOn: string; consentOff: string; optIn: string; optOut: string } }) {
  const [state, action, pending] = useActionState(setDiscountConsentAction, INITIAL)
  return (
    <form action={action} className="space-y-3" data-testid="portal-discount-consent">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="accepts" value={accepts ? "false" : "true"} />
      <p>{accepts ? labels.consentOn : labels.consentOff}</p>
      <FormStatus state={state} />
      <button type="submit" className={accepts ? "btn-secondary" : "btn-primary"} disabled={pending}>
        {accepts ? labels.optOut : labels.optIn}
      </button>
    </form>
  )
}

/** One variant's floor: an amount to save, or clear it. */
export function FloorForm({
  locale,
  variantId,
  floor,
  label,
  labels,
}: {
  locale: string
  variantId: string
  floor: number | null
  label: string
  labels: { save: string; clear: string }
}) {
  const [state, action, pending] = useActionState(setPriceFloorAction, INITIAL)
  return (
    <form action={action} noValidate className="flex flex-wrap items-end gap-2" data-testid="portal-price-floor">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="variant_id" value={variantId} />
      <PortalText form={`floor-${variantId}`} name="amount" label={label} inputMode="numeric" required={false} defaultValue={floor === null ? "" : String(floor)} state={state} />
      <button type="submit" name="intent" value="save" className="btn-primary" disabled={pending}>
        {labels.save}
      </button>
      {floor !== null ? (
        <button type="submit" name="intent" value="clear" className="btn-secondary" disabled={pending}>
          {labels.clear}
        </button>
      ) : null}
      <FormStatus state={state} />
    </form>
  )
}
