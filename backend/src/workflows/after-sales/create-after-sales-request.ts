import { randomUUID } from "node:crypto"
import { acquireLockStep, releaseLockStep, uploadFilesStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ReportPhotoType } from "@seleno/domain"
import { checkNewRequestStep, type CheckNewRequestInput } from "./steps/check-new-request"
import { createAfterSalesRequestStep } from "./steps/create-request"

export interface CreateAfterSalesRequestInput extends CheckNewRequestInput {
  note: string | null
  /** Checked already: each type is what its bytes prove. */
  photos: { type: ReportPhotoType; base64: string }[]
}

const EXTENSION: Record<ReportPhotoType, string> = { "image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp" }

/**
 * A shopper asks for a return or a quality claim on one enterprise's part. The part is locked
 * meanwhile, so two requests sent at once cannot both claim the same units; photos are stored
 * privately (deleted again if filing fails).
 */
export const createAfterSalesRequestWorkflow = createWorkflow("create-after-sales-request", (input: CreateAfterSalesRequestInput) => {
  const lockKey = transform({ input }, ({ input }) => `after-sales:${input.order_id}:${input.enterprise_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const checked = checkNewRequestStep(input)
  const stored = when({ input }, ({ input }) => input.photos.length > 0).then(() =>
    uploadFilesStep(
      transform({ input }, ({ input }) => ({
        files: input.photos.map((photo) => ({
          // A random name: a private file must not be guessable, and the shopper's own name may identify them.
          filename: `after-sales-${randomUUID()}${EXTENSION[photo.type]}`,
          mimeType: photo.type,
          content: photo.base64,
          access: "private" as const,
        })),
      }))
    )
  )
  const created = createAfterSalesRequestStep(
    transform({ input, checked, stored }, ({ input, checked, stored }) => ({
      order_id: input.order_id,
      enterprise_id: input.enterprise_id,
      customer_id: input.customer_id,
      kind: input.kind,
      reason: input.reason,
      note: input.note,
      items: checked.items,
      refund_fen: checked.refund_fen,
      photo_file_ids: (stored ?? []).map((f) => f.id),
    }))
  )
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(created)
})
