import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CheckCircle } from "@medusajs/icons"
import { Input, Text, Textarea, toast } from "@medusajs/ui"
import type { AdminAuthorizationRequestView, AuthorizationRequestStatus } from "@seleno/domain"
import { AUTHORIZATION_REQUEST_STATUSES } from "@seleno/domain/src/enterprise/authorization-requests"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { DataList, Page, Section, StatusBadge } from "../../components/display"
import { CheckboxList, Field, FormDrawer, SelectField } from "../../components/form"
import { QueryState } from "../../components/states"
import { api, keys } from "../../lib/api"
import { authorizationRequestApi, authorizationRequestKeys } from "../../lib/authorization-requests"
import { endOfDay, formatDateTime, todayInChina } from "../../lib/format"
import { fill, useLabels } from "../../lib/labels"
import { sdk } from "../../lib/sdk"
import { placeName } from "@seleno/domain/src/regions"

type Request = AdminAuthorizationRequestView

/** The product categories by handle, named as the catalogue names them. */
function useCategoryNames() {
  const categories = useQuery({
    queryKey: ["seleno", "category-choices"],
    queryFn: () => sdk.admin.productCategory.list({ limit: 200, fields: "id,handle,name" }),
  })
  const options = (categories.data?.product_categories ?? []).map((c) => ({ value: c.handle, label: c.name }))
  const names = new Map(options.map((o) => [o.value, o.label]))
  return { options, nameOf: (handle: string) => names.get(handle) ?? handle }
}

/** After a decision the queue and the menu's work-queue counts change. */
function useDecide(request: Request, done: () => void, toastText: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Parameters<typeof authorizationRequestApi.decide>[1]) => authorizationRequestApi.decide(request.id, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: authorizationRequestKeys.all })
      void queryClient.invalidateQueries({ queryKey: authorizationRequestKeys.workQueues })
      toast.success(toastText, { description: request.brand.name })
      done()
    },
  })
}

function GrantRequest({ request }: { request: Request }) {
  const { c } = useLabels()
  const L = c.authorizationRequest
  const { options } = useCategoryNames()
  const [open, setOpen] = useState(false)
  const [categories, setCategories] = useState(request.category_handles)
  const [until, setUntil] = useState("")
  const [note, setNote] = useState("")
  const decide = useDecide(request, () => setOpen(false), L.granted)
  const title = fill(L.grantTitle, { brand: request.brand.name, enterprise: request.enterprise?.name ?? "" })
  return (
    <FormDrawer
      triggerLabel={L.grant}
      title={title}
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) decide.reset()
      }}
      onSubmit={() => decide.mutate({ decision: "grant", category_handles: categories, valid_until: until ? endOfDay(until) : "", ...(note.trim() ? { note: note.trim() } : {}) })}
      pending={decide.isPending}
      error={decide.error}
      submitLabel={L.grant}
    >
      <Field id={`grant-${request.id}-categories`} label={L.grantCategories}>
        <CheckboxList id={`grant-${request.id}-categories`} label={L.grantCategories} value={categories} onChange={setCategories} options={options} />
      </Field>
      <Field id={`grant-${request.id}-until`} label={L.validUntil}>
        <Input id={`grant-${request.id}-until`} type="date" min={todayInChina()} value={until} onChange={(e) => setUntil(e.target.value)} required />
      </Field>
      <Field id={`grant-${request.id}-note`} label={L.decisionNote} optional>
        <Textarea id={`grant-${request.id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
    </FormDrawer>
  )
}

function RefuseRequest({ request }: { request: Request }) {
  const { c } = useLabels()
  const L = c.authorizationRequest
  const [open, setOpen] = useState(false)
  const [note, setNote] = useState("")
  const decide = useDecide(request, () => setOpen(false), L.refused)
  return (
    <FormDrawer
      triggerLabel={L.refuse}
      title={fill(L.refuseTitle, { brand: request.brand.name, enterprise: request.enterprise?.name ?? "" })}
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) decide.reset()
      }}
      onSubmit={() => decide.mutate({ decision: "refuse", note: note.trim() })}
      pending={decide.isPending}
      error={decide.error}
      submitLabel={L.refuse}
    >
      <Field id={`refuse-${request.id}-note`} label={L.refuseNote}>
        <Textarea id={`refuse-${request.id}-note`} value={note} onChange={(e) => setNote(e.target.value)} required />
      </Field>
    </FormDrawer>
  )
}

/** Staff's queue of brand authorization requests: waiting ones first by default, filtered by status and enterprise. */
const BrandAuthorizationRequestsPage = () => {
  const { c, lang } = useLabels()
  const L = c.authorizationRequest
  const { nameOf } = useCategoryNames()
  const [status, setStatus] = useState<AuthorizationRequestStatus | "">("pending")
  const [enterpriseId, setEnterpriseId] = useState("")
  const enterprises = useQuery({ queryKey: keys.enterprises, queryFn: api.listEnterprises })
  const filters = { status, enterprise_id: enterpriseId }
  const query = useQuery({ queryKey: authorizationRequestKeys.list(filters), queryFn: () => authorizationRequestApi.list(filters) })
  return (
    <Page>
      <Section
        title={L.title}
        level="h1"
        actions={
          <>
            <div className="w-40">
              <SelectField
                id="authorization-request-status"
                value={status}
                onChange={(v) => setStatus(v as AuthorizationRequestStatus | "")}
                allowNone
                placeholder={L.anyStatus}
                options={AUTHORIZATION_REQUEST_STATUSES.map((s) => ({ value: s, label: L.status[s] }))}
              />
            </div>
            <div className="w-56">
              <SelectField
                id="authorization-request-enterprise"
                value={enterpriseId}
                onChange={setEnterpriseId}
                allowNone
                placeholder={L.anyEnterprise}
                options={(enterprises.data?.enterprises ?? []).map((e) => ({ value: e.id, label: e.name }))}
              />
            </div>
          </>
        }
      >
        <div className="px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            {L.intro}
          </Text>
        </div>
        <QueryState query={query} isEmpty={(d) => d.brand_authorization_requests.length === 0} empty={L.empty}>
          {({ brand_authorization_requests }) => (
            <DataList
              label={L.title}
              rows={brand_authorization_requests}
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
                { header: c.field.county, cell: (r) => (r.enterprise ? placeName(r.enterprise.county, lang) : "—") },
                { header: L.brand, cell: (r) => r.brand.name },
                { header: L.categories, cell: (r) => r.category_handles.map(nameOf).join("、") },
                { header: L.note, cell: (r) => r.note ?? "—" },
                { header: L.asked, cell: (r) => formatDateTime(r.created_at), className: "whitespace-nowrap" },
                { header: L.statusColumn, cell: (r) => <StatusBadge status={r.status} labels={L.status} /> },
                {
                  header: L.decision,
                  cell: (r) =>
                    r.status === "pending" ? (
                      <div className="flex gap-x-2">
                        <GrantRequest request={r} />
                        <RefuseRequest request={r} />
                      </div>
                    ) : (
                      (r.decision_note ?? "—")
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

export const config = defineRouteConfig({ label: "authorizationRequest.nav", translationNs: "seleno", icon: CheckCircle, rank: 3 })

export default BrandAuthorizationRequestsPage
