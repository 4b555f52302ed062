import { testReportResponse } from "@/lib/data/certificate-report"

/** A certificate's test report, for shoppers checking a 富硒 claim (product and trace pages link here). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return testReportResponse(id)
}
