"use client"

import { ENTERPRISE_ROLES, type EnterpriseRole } from "@seleno/domain"
import { useActionState, useState } from "react"
import type { PortalFormState } from "@/lib/actions/portal-guard"
import { changeMemberRoleAction, inviteStaffAction, joinAction, removeMemberAction } from "@/lib/actions/portal-team"
import type { Messages } from "@/i18n"
import { FormStatus, PortalSelect, PortalText } from "./fields"

const INITIAL: PortalFormState = { status: "idle" }

type TeamLabels = Messages["portal"]["team"]

function roleOptions(labels: TeamLabels) {
  return ENTERPRISE_ROLES.map((role) => ({ value: role, label: `${labels.roles[role]} — ${labels.roleDuties[role]}` }))
}

export function InviteForm({ locale, labels }: { locale: string; labels: TeamLabels }) {
  const [state, action, pending] = useActionState(inviteStaffAction, INITIAL)
  return (
    <form action={action} noValidate className="space-y-3" aria-labelledby="portal-invite-title">
      <h2 id="portal-invite-title" className="font-semibold text-stone-900">
        {labels.invite}
      </h2>
      <input type="hidden" name="locale" value={locale} />
      <PortalText form="portal-invite" name="email" type="email" inputMode="email" label={labels.inviteEmail} state={state} />
      <PortalSelect form="portal-invite" name="role" label={labels.inviteRole} state={state} options={roleOptions(labels)} defaultValue="operator" />
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

interface MemberFormProps {
  locale: string
  member: { id: string; name: string; role: EnterpriseRole }
  labels: TeamLabels
}

/** The owner's role picker on a member's row. */
export function MemberRoleForm({ locale, member, labels }: MemberFormProps) {
  const [state, action, pending] = useActionState(changeMemberRoleAction, INITIAL)
  const form = `portal-role-${member.id}`
  return (
    <form action={action} noValidate className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="member_id" value={member.id} />
      <input type="hidden" name="member_name" value={member.name} />
      <div className="min-w-40">
        <PortalSelect
          form={form}
          name="role"
          label={labels.changeRole.replace("{name}", member.name)}
          state={state}
          options={ENTERPRISE_ROLES.map((role) => ({ value: role, label: labels.roles[role] }))}
          defaultValue={member.role}
        />
      </div>
      <button type="submit" className="btn-secondary" disabled={pending}>
        {labels.saveRole}
      </button>
      <div className="basis-full">
        <FormStatus state={state} />
      </div>
    </form>
  )
}

/** Removing a member asks once more before it sends: the login is deleted for good. */
export function RemoveMemberForm({ locale, member, labels }: MemberFormProps) {
  const [state, action, pending] = useActionState(removeMemberAction, INITIAL)
  const [asking, setAsking] = useState(false)
  if (!asking && state.status !== "error") {
    return (
      <button type="button" className="btn-secondary" onClick={() => setAsking(true)}>
        {labels.remove}
      </button>
    )
  }
  return (
    <form action={action} noValidate className="space-y-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="member_id" value={member.id} />
      <input type="hidden" name="member_name" value={member.name} />
      <p className="text-sm text-stone-800">{labels.removeConfirm.replace("{name}", member.name)}</p>
      <div className="flex gap-2">
        <button type="submit" className="btn-primary" disabled={pending}>
          {labels.remove}
        </button>
        <button type="button" className="btn-secondary" onClick={() => setAsking(false)}>
          {labels.keep}
        </button>
      </div>
      <FormStatus state={state} />
    </form>
  )
}
