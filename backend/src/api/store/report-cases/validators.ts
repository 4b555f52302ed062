import { z } from "@medusajs/framework/zod"
import { descriptionProblem, normalizeReportContact, REPORT_CASE_KINDS, REPORT_LIMITS } from "@seleno/domain"

/** The English wording of each refusal; the storefront words the same codes itself. */
export const REPORT_PROBLEM_TEXT = {
  kind_invalid: `choose one of ${REPORT_CASE_KINDS.join(", ")}`,
  description_required: "say what is wrong",
  description_too_long: `keep it to ${REPORT_LIMITS.descriptionMax} characters`,
  contact_invalid: "give a mainland mobile number or an e-mail address, or leave it empty",
  photo_not_image: "attach a PNG, JPEG or WebP photo",
  photo_too_large: `a photo may be at most ${REPORT_LIMITS.photoMaxBytes / 1024 / 1024} MB`,
  photo_empty: "the photo is empty",
} as const

/** GS1 lot and serial: up to 20 printable characters, kept as text since an unknown code is evidence too. */
const gs1Text = z.string().trim().regex(/^[!-z]{1,20}$/, "1–20 printable characters").optional()

/**
 * A shopper's report, as multipart form fields or JSON. Either a product (product page) or a QR
 * code (trace page) says what it is about; the photo is a multipart file checked separately.
 */
export const StoreCreateReportCase = z
  .object({
    kind: z.enum(REPORT_CASE_KINDS, { error: REPORT_PROBLEM_TEXT.kind_invalid }),
    description: z
      .string({ error: REPORT_PROBLEM_TEXT.description_required })
      .superRefine((value, ctx) => {
        const problem = descriptionProblem(value)
        if (problem) ctx.addIssue({ code: "custom", message: REPORT_PROBLEM_TEXT[problem], params: { code: problem } })
      })
      .transform((value) => value.trim()),
    contact: z
      .string()
      .optional()
      .transform((value, ctx) => {
        const result = normalizeReportContact(value ?? "")
        if (result.ok) return result.contact
        ctx.addIssue({ code: "custom", message: REPORT_PROBLEM_TEXT.contact_invalid, params: { code: "contact_invalid" } })
        return z.NEVER
      }),
    product_id: z.string().trim().min(1).max(64).optional(),
    gtin: z.string().trim().regex(/^\d{8,14}$/, "8 to 14 digits").optional(),
    lot: gs1Text,
    serial: gs1Text,
  })
  .strict()
  .superRefine((body, ctx) => {
    if (!body.product_id && !(body.gtin && body.lot)) {
      ctx.addIssue({ code: "custom", path: ["product_id"], message: "name the product, or the gtin and lot of the scanned code" })
    }
    if (body.serial && !(body.gtin && body.lot)) {
      ctx.addIssue({ code: "custom", path: ["serial"], message: "a serial needs the gtin and lot it was printed with" })
    }
  })
export type StoreCreateReportCaseType = z.infer<typeof StoreCreateReportCase>
