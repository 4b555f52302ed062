import { Button, Text, Textarea, toast } from "@medusajs/ui"
import type { AdminProfileChangeView, LegalDetailField, ProfileChangeStatus } from "@seleno/domain"
import { PROFILE_CHANGE_STATUSES } from "@seleno/domain/src/enterprise/profile"
import { placeName } from "@seleno/domain/src/regions"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { DataList, Page, Section, StatusBadge } from "../../components/display"
import { Field, FormDrawer, FormError, SelectField } from "../../components/form"
import { QueryState } from "../../components/states"
import { authorizationRequestApi as queueApi, authorizationRequestKeys as queueKeys } from "../../lib/authorization-requests"
import { formatDateTime } from "../../lib/format"
import { fill, labelOf, useLabels } from "../../lib/labels"

type Change = AdminProfileChangeView

function useDecided(done: () => void) {
  const queryClient = useQueryClient()
  return () => {
    void queryClient.invalidateQueries({ queryKey: ["seleno", "enterprise-profile-changes"] })
    void queryClient.invalidateQueries({ queryKey: queueKeys.workQueues })
    done()
  }
}

/** Each changed detail as "企业名称：旧 → 新", kinds and counties by name. */
function ChangeLines({ change }: { change: Change }) {
  const { c, lang, ENTERPRISE_KIND } = useLabels()
  const L = c.profileChange
  const shown = (field: LegalDetailField, value: unknown) => {
    if (value === null || value === undefined || value === "") return "—"
    if (field === "kind") return labelOf(ENTERPRISE_KIND, String(value))
    if (field === "county") return placeName(String(value), lang)
    if (field === "licence_file_url") return L.newFile
    return String(value)
  }
  return (
    <ul className="list-disc pl-4">
      {(Object.keys(change.changes) as LegalDetailField[]).map((field) => (
        <li key={field}>
          {L.fields[field]}：{shown(field, change.previous[field])} → <strong>{shown(field, change.changes[field])}</strong>
        </li>
      ))}
    </ul>
  )
}

function ApproveChange({ change }: { change: Change }) {
  const { c } = useLabels()
  const decided = useDecided(() => toast.success(c.profileChange.approved, { description: change.enterprise?.name }))
  const approve = useMutation({ mutationFn: () => queueApi.decideProfileChange(change.id, { decision: "approve" }), onSuccess: decided })
  return (
    <div className="flex flex-col gap-y-1">
      <Button size="small" variant="secondary" isLoading={approve.isPending} onClick={() => approve.mutate()}>
        {c.profileChange.approve}
      </Button>
      <FormError error={approve.error} />
    </div>
  )
}

function RejectChange({ change }: { change: Change }) {
  const { c } = useLabels()
  const L = c.profileChange
  const [open, setOpen] = useState(false)
  const [note, setNote] = useState("")
  const decided = useDecided(() => {
    toast.success(L.rejected, { description: change.enterprise?.name })
    setOpen(false)
  })
  const reject = useMutation({ mutationFn: () => queueApi.decideProfileChange(change.id, { decision: "reject", note: note.trim() }), onSuccess: decided })
  return (
    <FormDrawer
      triggerLabel={L.reject}
      title={fill(L.rejectTitle, { enterprise: change.enterprise?.name ?? "" })}
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) reject.reset()
      }}
      onSubmit={() => reject.mutate()}
      pending={reject.isPending}
      error={reject.error}
      submitLabel={L.reject}
    >
      <Field id={`reject-${change.id}-note`} label={L.rejectNote}>
        <Textarea id={`reject-${change.id}-note`} value={note} onChange={(e) => setNote(e.target.value)} required />
      </Field>
    </FormDrawer>
  )
}

/** Staff's queue of changes to enterprises' registered details (reached from 待办; no menu entry of its own). */
const EnterpriseProfileChangesPage = () => {
  const { c } = useLabels()
  const L = c.profileChange
  const [status, setStatus] = useState<ProfileChangeStatus | "">("pending")
  const query = useQuery({ queryKey: queueKeys.profileChanges(status), queryFn: () => queueApi.profileChanges(status) })
  return (
    <Page>
      <Section
        title={L.title}
        level="h1"
        actions={
          <div className="w-40">
            <SelectField
              id="profile-change-status"
              value={status}
              onChange={(v) => setStatus(v as ProfileChangeStatus | "")}
              allowNone
              placeholder={L.anyStatus}
              options={PROFILE_CHANGE_STATUSES.map((s) => ({ value: s, label: L.status[s] }))}
            />
          </div>
        }
      >
        <div className="px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            {L.intro}
          </Text>
        </div>
        <QueryState query={query} isEmpty={(d) => d.profile_changes.length === 0} empty={L.empty}>
          {({ profile_changes }) => (
            <DataList
              label={L.title}
              rows={profile_changes}
              rowKey={(r) => r.id}
              columns={[
                {
                  header: L.enterprise,
                  cell: (r) =>
                    r.enterprise ? (
                      <Link to={`/enterprises/${r.enterprise.id}`} className="text-ui-fg-interactive hover:underline">
                        {r.enterprise.name}
                      </Link>
                    ) : (
                      "—"
                    ),
                },
                { header: L.change, cell: (r) => <ChangeLines change={r} /> },
                { header: L.asked, cell: (r) => formatDateTime(r.created_at), className: "whitespace-nowrap" },
                { header: L.statusColumn, cell: (r) => <StatusBadge status={r.status} labels={L.status} /> },
                {
                  header: L.decision,
                  cell: (r) =>
                    r.status === "pending" ? (
                      <div className="flex gap-x-2">
                        <ApproveChange change={r} />
                        <RejectChange change={r} />
                      </div>
                    ) : (
                      (r.review_note ?? "—")
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

export default EnterpriseProfileChangesPage
