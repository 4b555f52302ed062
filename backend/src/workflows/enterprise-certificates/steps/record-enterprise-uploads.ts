import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"

export interface RecordEnterpriseUploadsInput {
  enterprise_id: string
  files: { id?: string; file_id: string; url: string; filename: string; mime_type: string; size: number }[]
}

/** Remembers which enterprise uploaded each stored file; undone by forgetting them again. */
export const recordEnterpriseUploadsStep = createStep(
  "record-enterprise-uploads",
  async (input: RecordEnterpriseUploadsInput, { container }) => {
    const service = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const uploads = await service.createEnterpriseUploads(input.files.map((file) => ({ ...file, enterprise_id: input.enterprise_id })))
    return new StepResponse(uploads, uploads.map((u) => u.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).deleteEnterpriseUploads(ids)
  }
)
