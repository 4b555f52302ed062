import { z } from "@medusajs/framework/zod"

/** A reject needs a note: the enterprise sees it and must know what to fix. */
export const AdminReviewCertificate = z
  .object({
    decision: z.enum(["approve", "reject"]),
    note: z.string().trim().max(1000).nullish(),
  })
  .refine((body) => body.decision === "approve" || Boolean(body.note), {
    message: "note: say why the certificate is rejected; the enterprise sees it",
    path: ["note"],
  })
export type AdminReviewCertificateType = z.infer<typeof AdminReviewCertificate>
