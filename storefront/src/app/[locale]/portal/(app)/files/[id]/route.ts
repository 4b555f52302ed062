import { portalFileResponse } from "@/lib/data/portal-files"

/** One of the enterprise's own private files (licence, test report); the backend checks it is theirs. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return portalFileResponse(id)
}
