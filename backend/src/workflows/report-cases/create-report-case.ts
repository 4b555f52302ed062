import { randomUUID } from "node:crypto"
import { emitEventStep, uploadFilesStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ReportCaseKind, ReportPhotoType } from "@seleno/domain"
import { REPORT_CASE_CREATED } from "../../lib/events"
import { createReportCaseStep } from "./steps/create-report-case"
import { resolveReportSubjectStep, type ReportTarget } from "./steps/resolve-report-subject"

export interface CreateReportCaseInput extends ReportTarget {
  kind: ReportCaseKind
  description: string
  contact: string | null
  /** Checked already: its type is what its bytes prove. */
  photo?: { type: ReportPhotoType; base64: string } | null
}

const EXTENSION: Record<ReportPhotoType, string> = { "image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp" }

/**
 * Files a shopper's report: resolves what it is about, stores the photo privately through the file
 * module (deleted again if filing fails), files the case under the day's next number, and tells
 * the enterprise and staff (report_case.created).
 */
export const createReportCaseWorkflow = createWorkflow("create-report-case", (input: CreateReportCaseInput) => {
  const subject = resolveReportSubjectStep(
    transform({ input }, ({ input }) => ({ product_id: input.product_id, gtin: input.gtin, lot: input.lot, serial: input.serial }))
  )
  const stored = when({ input }, ({ input }) => Boolean(input.photo)).then(() =>
    uploadFilesStep(
      transform({ input }, ({ input }) => ({
        files: [
          {
            // A random name: the shopper's own file name may say who they are, and a private file must not be guessable.
            filename: `report-${randomUUID()}${EXTENSION[input.photo!.type]}`,
            mimeType: input.photo!.type,
            content: input.photo!.base64,
            access: "private" as const,
          },
        ],
      }))
    )
  )
  const created = createReportCaseStep(
    transform({ input, subject, stored }, ({ input, subject, stored }) => ({
      ...subject,
      kind: input.kind,
      source: input.gtin ? ("trace_page" as const) : ("product_page" as const),
      description: input.description,
      contact: input.contact,
      photo_file_id: stored?.[0]?.id ?? null,
    }))
  )
  emitEventStep({ eventName: REPORT_CASE_CREATED, data: transform({ created }, ({ created }) => ({ id: created.id })) })
  return new WorkflowResponse(created)
})
