import type { AdminAuthorizationRequestView, AdminProfileChangeView, AuthorizationRequestStatus, ProfileChangeDecision, ProfileChangeStatus, WorkQueuesView } from "@seleno/domain"
import { sdk } from "./sdk"

/** The brand authorization request queue and the work-queue counts; response shapes from @seleno/domain. */

export const authorizationRequestKeys = {
  all: ["seleno", "brand-authorization-requests"] as const,
  list: (filters: { status: string; enterprise_id: string }) => ["seleno", "brand-authorization-requests", filters] as const,
  workQueues: ["seleno", "work-queues"] as const,
  profileChanges: (status: string) => ["seleno", "enterprise-profile-changes", status] as const,
}

export type GrantBody = { decision: "grant"; category_handles: string[]; valid_until: string; note?: string }
export type RefuseBody = { decision: "refuse"; note: string }

export const authorizationRequestApi = {
  list: (filters: { status: AuthorizationRequestStatus | ""; enterprise_id: string }) =>
    sdk.client.fetch<{ brand_authorization_requests: AdminAuthorizationRequestView[]; count: number }>("/admin/brand-authorization-requests", {
      query: { ...(filters.status ? { status: filters.status } : {}), ...(filters.enterprise_id ? { enterprise_id: filters.enterprise_id } : {}) },
    }),
  decide: (id: string, body: GrantBody | RefuseBody) =>
    sdk.client.fetch<{ brand_authorization_request: AdminAuthorizationRequestView }>(`/admin/brand-authorization-requests/${id}/decide`, { method: "POST", body }),
  workQueues: () => sdk.client.fetch<WorkQueuesView>("/admin/work-queues"),
  profileChanges: (status: ProfileChangeStatus | "") =>
    sdk.client.fetch<{ profile_changes: AdminProfileChangeView[]; count: number }>("/admin/enterprise-profile-changes", { query: status ? { status } : {} }),
  decideProfileChange: (id: string, body: { decision: ProfileChangeDecision; note?: string }) =>
    sdk.client.fetch<{ profile_change: AdminProfileChangeView }>(`/admin/enterprise-profile-changes/${id}/decide`, { method: "POST", body }),
}
