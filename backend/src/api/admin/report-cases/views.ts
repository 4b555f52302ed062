import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type {
  AdminReportCase,
  AdminReportCaseDetail,
  EnterpriseReportCase,
  ReportCaseEntryKind,
  ReportCaseEntryView,
  ReportCaseKind,
  ReportCaseSource,
  ReportCaseStatus,
} from "@seleno/domain"
import { caseCertificateIds } from "../../../workflows/report-cases/steps/check-case-certificate"
import type { ReportSubject } from "../../../workflows/report-cases/steps/resolve-report-subject"

/** The fields one query reads for a case, its product, enterprise and batch (read-only links) and history. */
export const REPORT_CASE_FIELDS = [
  "id", "number", "kind", "status", "source", "description", "contact", "photo_file_id",
  "product_id", "enterprise_id", "batch_id", "serial_id", "reported_gtin", "reported_lot", "reported_serial", "code_known",
  "resolution", "closed_at", "created_at",
  "product.id", "product.title", "product.handle", "product.status",
  "enterprise.id", "enterprise.name", "enterprise.status",
  "trace_batch.id", "trace_batch.gtin", "trace_batch.lot",
  "entries.id", "entries.kind", "entries.from_status", "entries.to_status", "entries.actor_id", "entries.note", "entries.target_id", "entries.created_at",
]

/** A stored case: what it is about is the subject the workflow resolved, plus the report itself. */
export interface CaseRow extends ReportSubject {
  id: string
  number: string
  kind: ReportCaseKind
  status: ReportCaseStatus
  source: ReportCaseSource
  description: string
  contact: string | null
  photo_file_id: string | null
  resolution: string | null
  closed_at: Date | string | null
  created_at: Date | string
  product?: { id: string; title: string; handle: string; status: string } | null
  enterprise?: { id: string; name: string; status: string } | null
  trace_batch?: { id: string; gtin: string; lot: string } | null
  entries?: ({
    id: string
    kind: ReportCaseEntryKind
    from_status: ReportCaseStatus | null
    to_status: ReportCaseStatus | null
    actor_id: string
    note: string | null
    target_id: string | null
    created_at: Date | string
  } | null)[]
}

const iso = (value: Date | string) => new Date(value).toISOString()

function core(row: CaseRow) {
  const product = row.product ? { id: row.product.id, title: row.product.title, handle: row.product.handle, status: row.product.status } : null
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    status: row.status,
    source: row.source,
    description: row.description,
    product,
    code: row.code_known === null ? null : { gtin: row.reported_gtin, lot: row.reported_lot, serial: row.reported_serial, known: row.code_known },
    resolution: row.resolution,
    created_at: iso(row.created_at),
    closed_at: row.closed_at ? iso(row.closed_at) : null,
  }
}

const entriesOf = (row: CaseRow) =>
  (row.entries ?? []).filter((e) => e !== null).sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())

export function toAdminReportCase(row: CaseRow): AdminReportCase {
  return {
    ...core(row),
    contact: row.contact,
    has_photo: Boolean(row.photo_file_id),
    enterprise: row.enterprise ? { id: row.enterprise.id, name: row.enterprise.name, status: row.enterprise.status } : null,
    batch_id: row.batch_id,
    serial_id: row.serial_id,
  }
}

/** What an enterprise sees: the case and what happened, never the reporter's contact, photo or staff's notes. */
export function toEnterpriseReportCase(row: CaseRow): EnterpriseReportCase {
  return {
    ...core(row),
    history: entriesOf(row).map((e) => ({ kind: e.kind, from_status: e.from_status, to_status: e.to_status, created_at: iso(e.created_at) })),
  }
}

/** The staff detail: the case, its photo link, certificates an action could revoke, and the history with who acted. */
export async function adminReportCaseDetail(container: MedusaContainer, row: CaseRow): Promise<AdminReportCaseDetail> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const entries = entriesOf(row)
  const actorIds = [...new Set(entries.map((e) => e.actor_id))]
  const users = actorIds.length ? await container.resolve(Modules.USER).listUsers({ id: actorIds }, { select: ["id", "email"] }) : []
  const emails = new Map(users.map((u) => [u.id, u.email]))
  const certificateIds = await caseCertificateIds(query as never, row)
  const { data: certificates } = certificateIds.length
    ? await query.graph({ entity: "certificate", fields: ["id", "number", "standard_code", "valid_until", "revoked_at"], filters: { id: certificateIds } })
    : { data: [] }
  const history: ReportCaseEntryView[] = entries.map((e) => ({
    id: e.id,
    kind: e.kind,
    from_status: e.from_status,
    to_status: e.to_status,
    actor_id: e.actor_id,
    actor_email: emails.get(e.actor_id) ?? null,
    note: e.note,
    target_id: e.target_id,
    created_at: iso(e.created_at),
  }))
  return {
    ...toAdminReportCase(row),
    photo_url: row.photo_file_id ? `/admin/report-cases/${row.id}/photo` : null,
    batch: row.trace_batch ? { id: row.trace_batch.id, gtin: row.trace_batch.gtin, lot: row.trace_batch.lot } : null,
    certificates: (certificates as { id: string; number: string; standard_code: string; valid_until: Date | string; revoked_at: Date | string | null }[]).map((c) => ({
      id: c.id,
      number: c.number,
      standard_code: c.standard_code,
      valid_until: iso(c.valid_until),
      revoked_at: c.revoked_at ? iso(c.revoked_at) : null,
    })),
    history,
  }
}

/** One case by id with everything the views need, or undefined. */
export async function readCase(container: MedusaContainer, filters: Record<string, unknown>): Promise<CaseRow | undefined> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "report_case", fields: REPORT_CASE_FIELDS, filters })
  return data[0] as unknown as CaseRow | undefined
}
