import "server-only"
import { relayFile } from "./file-relay"
import { backendUrl, publishableKeyHeader } from "./medusa"

const CERTIFICATE_ID = /^cert_[A-Za-z0-9]+$/

/** The report as the backend answers it (404 unless its certificate is approved and in force). */
export async function testReportResponse(certificateId: string): Promise<Response> {
  if (!CERTIFICATE_ID.test(certificateId)) return new Response("Not found", { status: 404 })
  const upstream = await fetch(`${backendUrl()}/store/certificates/${certificateId}/report`, { headers: publishableKeyHeader(), cache: "no-store" })
  return relayFile(upstream)
}
