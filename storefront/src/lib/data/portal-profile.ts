import "server-only"
import type { EnterpriseKind, EnterpriseStatus, ProfileChangeView } from "@seleno/domain"
import { portalGet } from "@/lib/data/portal"

export interface PortalProfile {
  enterprise: {
    id: string
    name: string
    credit_code: string
    kind: EnterpriseKind
    county: string
    status: EnterpriseStatus
    contact_name: string | null
    contact_phone: string | null
    description: string | null
    licence_file_url: string | null
  }
  profile_changes: ProfileChangeView[]
}

/** The enterprise's details and its latest changes of registered details, read fresh (GET /enterprise/profile). */
export function getPortalProfile() {
  return portalGet<PortalProfile>("/enterprise/profile")
}
