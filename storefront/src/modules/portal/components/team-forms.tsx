"use client"

import { useActionState } from "react"
import type { PortalFormState } from "@/lib/actions/portal-guard"
import { inviteStaffAction, joinAction } from "@/lib/actions/portal-team"
import { FormStatus, PortalText } from "./fields"

const INITIAL: PortalFormState = { status: "idle" }

export function InviteForm({ locale, labels }: { locale: string; labels: { invite: string; inviteEmail: string; inviteSubmit: string } }) {
  const [state, action, pending] = useActionState(inviteStaffAction, INITIAL)
  return (
    <form action={action} noValidate className="space-y-3" aria-labelledby="portal-invite-title">
      <h2 id="portal-invite-title" className="font-semibold text-stone-900">
        {labels.invite}
      </h2>
      <input type="hidden" name="locale" value={locale} />
      <PortalText form="portal-invite" name="email" type="email" inputMode="email" label={labels.inviteEmail} state={state} />
      <FormStatus state={state} />
      {state.link ? (
        <p className="break-all rounded bg-stone-100 p-2 font-mono text-sm" data-testid="portal-join-link">
          {new URL(state.link, window.location.origin).toString()}
        </p>
      ) : null}
      <button type="submit" className="btn-primary" disabled={pending}>
        {labels.inviteSubmit}
      </button>
    </form>
  )
}

export function JoinForm({
  locale,
  token,
  labels,
}: {
  locale: string
  token: string
  labels: { email: string; name: string; password: string; passwordHint: string; submit: string }
}) {
  const [state, action, pending] = useActionState(joinAction, INITIAL)
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <PortalText form="portal-join" name="email" type="email" inputMode="email" label={labels.email} autoComplete="username" state={state} />
      <PortalText form="portal-join" name="name" label={labels.name} autoComplete="name" state={state} />
      <PortalText form="portal-join" name="password" type="password" label={labels.password} hint={labels.passwordHint} autoComplete="new-password" state={state} />
      <FormStatus state={state} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  )
}
