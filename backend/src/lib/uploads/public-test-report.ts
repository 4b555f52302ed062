import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { privateFileId } from "@seleno/domain"
import { CERTIFICATION_MODULE } from "../../modules/certification"
import type CertificationModuleService from "../../modules/certification/service"
import { certificateStatus } from "../../modules/certification/status"
import { testReportIsPublic } from "../../workflows/certification/product-certification"
import { sendStoredFile } from "./serve-file"

/**
 * Streams a certificate's test report to anyone while `testReportIsPublic` holds, never cached (a
 * revoked certificate's report must disappear at once). The report was checked to be the submitting
 * enterprise's own upload when the certificate was submitted (assert-ownership step).
 */
export async function sendPublicTestReport(container: MedusaContainer, res: MedusaResponse, certificateId: string): Promise<void> {
  const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const [certificate] = await certification.listCertificates(
    { id: certificateId },
    { select: ["id", "number", "valid_from", "valid_until", "revoked_at", "review_status", "test_report_url"], take: 1 }
  )
  const uploadId = certificate && testReportIsPublic(certificate, certificateStatus(certificate)) ? privateFileId(certificate.test_report_url) : null
  const [upload] = uploadId ? await certification.listEnterpriseUploads({ id: uploadId }, { select: ["file_id", "filename"], take: 1 }) : []
  const sent = upload && (await sendStoredFile(container, res, { key: upload.file_id, filename: `${certificate!.number}-${upload.filename}`, cache: "private" }))
  if (!sent) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Certificate ${certificateId} has no test report the store can show: only reports of approved certificates in force are public`
    )
  }
}
