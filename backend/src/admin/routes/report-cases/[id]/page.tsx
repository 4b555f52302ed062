import { Button, Textarea, toast } from "@medusajs/ui"
import type { ReportCaseAction, ReportCaseStatus } from "@seleno/domain"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { DataList, DetailList, Page, Section } from "../../../components/display"
import { Field, FormDrawer, FormError, SelectField } from "../../../components/form"
import { Empty, QueryState } from "../../../components/states"
import { formatDateTime, formatDay } from "../../../lib/format"
import { useReportCaseLabels, photoSrc, reportCaseApi, reportCaseKeys, type AdminReportCaseDetail } from "../../../lib/report-cases"

function useRefresh() {
  const queryClient = useQueryClient()
  // The detail's key lies under `all`, so the list and this case refresh together.
  return () => void queryClient.invalidateQueries({ queryKey: reportCaseKeys.all })
}

/** Take a case up or close it; closing asks what was found. */
function StatusForm({ rc }: { rc: AdminReportCaseDetail }) {
  const { L } = useReportCaseLabels()
  const [open, setOpen] = useState(false)
  const [note, setNote] = useState("")
  const refresh = useRefresh()
  const move = useMutation({
    mutationFn: (status: ReportCaseStatus) => reportCaseApi.move(rc.id, { status, ...(note.trim() ? { note: note.trim() } : {}) }),
    onSuccess: ({ report_case }) => {
      refresh()
      toast.success(L.done, { description: L.status[report_case.status] })
      setOpen(false)
      setNote("")
    },
  })
  if (rc.status === "closed") return null
  return (
    <div className="flex gap-2">
      {rc.status === "new" && (
        <Button size="small" variant="secondary" type="button" isLoading={move.isPending && move.variables === "investigating"} onClick={() => move.mutate("investigating")}>
          {L.takeUp}
        </Button>
      )}
      <FormDrawer
        triggerLabel={L.close}
        title={L.close}
        open={open}
        onOpenChange={(next) => {
          setOpen(next)
          if (!next) move.reset()
        }}
        onSubmit={() => move.mutate("closed")}
        pending={move.isPending}
        error={move.error}
        submitLabel={L.close}
      >
        <Field id="case-resolution" label={L.resolution} hint={L.noteHint}>
          <Textarea id="case-resolution" value={note} onChange={(e) => setNote(e.target.value)} required rows={5} />
        </Field>
      </FormDrawer>
      {!open && <FormError error={move.error} />}
    </div>
  )
}

/** One staff action on the case, with its reason (and, for revoking, the certificate). */
function ActionForm({ rc, action }: { rc: AdminReportCaseDetail; action: ReportCaseAction }) {
  const { L } = useReportCaseLabels()
  const [open, setOpen] = useState(false)
  const [note, setNote] = useState("")
  const [certificate, setCertificate] = useState("")
  const refresh = useRefresh()
  const act = useMutation({
    mutationFn: () => reportCaseApi.act(rc.id, { action, note: note.trim(), ...(action === "revoke_certificate" ? { certificate_id: certificate } : {}) }),
    onSuccess: () => {
      refresh()
      toast.success(L.done, { description: L.action[action] })
      setOpen(false)
      setNote("")
    },
  })
  const label = L.action[action]
  return (
    <FormDrawer
      triggerLabel={label}
      title={L.action[action]}
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) act.reset()
      }}
      onSubmit={() => act.mutate()}
      pending={act.isPending}
      error={act.error}
      submitLabel={L.action[action]}
    >
      {action === "revoke_certificate" && (
        <Field id={`case-${action}-certificate`} label={L.certificate}>
          <SelectField
            id={`case-${action}-certificate`}
            value={certificate}
            onChange={setCertificate}
            options={rc.certificates.filter((c) => !c.revoked_at).map((c) => ({ value: c.id, label: `${c.number} · ${c.standard_code} · ${formatDay(c.valid_until)}` }))}
          />
        </Field>
      )}
      <Field id={`case-${action}-note`} label={L.actionNote}>
        <Textarea id={`case-${action}-note`} value={note} onChange={(e) => setNote(e.target.value)} required rows={4} />
      </Field>
    </FormDrawer>
  )
}

const ACTIONS: { action: ReportCaseAction; applies: (rc: AdminReportCaseDetail) => boolean }[] = [
  { action: "confirm_counterfeit", applies: (rc) => Boolean(rc.serial_id) },
  { action: "unpublish_listing", applies: (rc) => rc.product?.status === "published" },
  { action: "revoke_certificate", applies: (rc) => rc.certificates.some((c) => !c.revoked_at) },
  { action: "suspend_enterprise", applies: (rc) => Boolean(rc.enterprise) && rc.enterprise?.status !== "suspended" },
]

function CaseDetail({ rc }: { rc: AdminReportCaseDetail }) {
  const { L } = useReportCaseLabels()
  const code = rc.code ? `${rc.code.gtin ?? "—"} / ${rc.code.lot ?? "—"} / ${rc.code.serial ?? "—"}${rc.code.known ? "" : ` (${L.codeUnknown})`}` : null
  const actions = rc.status === "closed" ? [] : ACTIONS.filter((a) => a.applies(rc))
  return (
    <>
      <Section title={`${L.number} ${rc.number}`} level="h1" actions={<StatusForm rc={rc} />}>
        <DetailList
          items={[
            [L.statusColumn, L.status[rc.status]],
            [L.kindColumn, L.kind[rc.kind]],
            [L.reported, `${formatDateTime(rc.created_at)} · ${L.source[rc.source] ?? rc.source}`],
            [L.description, <span className="whitespace-pre-line">{rc.description}</span>],
            [L.contact, rc.contact],
            [L.product, rc.product ? <Link to={`/products/${rc.product.id}`} className="text-ui-fg-interactive hover:underline">{`${rc.product.title} (${rc.product.status})`}</Link> : null],
            [L.enterprise, rc.enterprise ? <Link to={`/enterprises/${rc.enterprise.id}`} className="text-ui-fg-interactive hover:underline">{`${rc.enterprise.name} (${rc.enterprise.status})`}</Link> : null],
            [L.code, code],
            [L.batch, rc.batch ? <Link to={`/trace-batches/${rc.batch.id}`} className="text-ui-fg-interactive font-mono hover:underline">{rc.batch.lot}</Link> : null],
            [L.resolution, rc.resolution],
          ]}
        />
        {rc.photo_url && (
          <div className="px-6 py-4">
            <a href={photoSrc(rc.photo_url)} target="_blank" rel="noreferrer">
              <img src={photoSrc(rc.photo_url)} alt={`${L.photo} ${rc.number}`} className="max-h-80 rounded-md border" />
            </a>
          </div>
        )}
      </Section>
      <Section title={L.act}>
        {rc.status === "closed" ? (
          <Empty>{L.closedHint}</Empty>
        ) : (
          <div className="flex flex-wrap gap-2 px-6 py-4">
            {actions.map(({ action }) => (
              <ActionForm key={action} rc={rc} action={action} />
            ))}
          </div>
        )}
      </Section>
      <Section title={L.history}>
        {rc.history.length === 0 ? (
          <Empty>{L.noHistory}</Empty>
        ) : (
          <DataList
            label={L.history}
            rows={rc.history}
            rowKey={(e) => e.id}
            columns={[
              { header: L.when, cell: (e) => formatDateTime(e.created_at), className: "whitespace-nowrap" },
              { header: L.who, cell: (e) => e.actor_email ?? e.actor_id },
              {
                header: L.what,
                cell: (e) => `${L.entry[e.kind] ?? e.kind}${e.to_status ? ` → ${L.status[e.to_status]}` : ""}`,
              },
              { header: L.note, cell: (e) => <span className="whitespace-pre-line">{e.note ?? "—"}</span> },
            ]}
          />
        )}
      </Section>
    </>
  )
}

const ReportCasePage = () => {
  const { L } = useReportCaseLabels()
  const { id = "" } = useParams()
  const query = useQuery({ queryKey: reportCaseKeys.detail(id), queryFn: () => reportCaseApi.get(id) })
  return (
    <Page>
      <Link to="/report-cases" className="text-ui-fg-interactive text-small hover:underline">
        ← {L.back}
      </Link>
      <QueryState query={query}>{({ report_case }) => <CaseDetail rc={report_case} />}</QueryState>
    </Page>
  )
}

export default ReportCasePage
