import "server-only"
import { privateFileId } from "@seleno/domain"
import { relayFile } from "./file-relay"
import { backendUrl } from "./portal"
import { getPortalToken } from "./portal-session"

/**
 * Where the portal links one of the enterprise's private files (licence, test report): its own
 * route, which fetches the file from the backend with the enterprise's login. Null for anything that
 * is not a private file reference.
 */
export function portalFileHref(locale: string, ref: string | null | undefined): string | null {
  const id = privateFileId(ref)
  return id ? `/${locale}/portal/files/${id}` : null
}

/** The enterprise's own private file as a download, or 404 when the backend refuses it. */
export async function portalFileResponse(id: string): Promise<Response> {
  const token = await getPortalToken()
  if (!token || !privateFileId(`/enterprise/files/${id}`)) return new Response("Not found", { status: 404 })
  const upstream = await fetch(`${backendUrl()}/enterprise/files/${encodeURIComponent(id)}`, {
    headers: { authorization: `Bearer ${token}` },
    cache: "no-store",
  })
  return relayFile(upstream)
}
