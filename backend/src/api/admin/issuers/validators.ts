import { z } from "@medusajs/framework/zod"
import { CERTIFICATE_CATEGORIES, CMA_NUMBER_PATTERN, CNAS_NUMBER_PATTERN } from "@seleno/domain"

const cma = z.string().trim().regex(CMA_NUMBER_PATTERN, "cma_number: a CMA number is 12 digits").nullish()
const cnas = z.string().trim().regex(CNAS_NUMBER_PATTERN, 'cnas_number: a CNAS number reads "CNAS L" and digits, e.g. CNAS L1234').nullish()
const scopeCategories = z.array(z.enum(CERTIFICATE_CATEGORIES)).min(1, "scope_categories: name at least one category the body may test").max(20)
const scopeStandards = z.array(z.string().trim().min(1).max(60)).max(20)

export const AdminCreateIssuer = z
  .object({
    name: z.string().trim().min(1).max(200),
    cma_number: cma,
    cnas_number: cnas,
    scope_categories: scopeCategories,
    /** Empty: any standard in the register. */
    scope_standard_codes: scopeStandards.default([]),
    active: z.boolean().default(true),
  })
  .refine((b) => Boolean(b.cma_number || b.cnas_number), { message: "cma_number or cnas_number: an accredited issuer has at least one", path: ["cma_number"] })
export type AdminCreateIssuerType = z.infer<typeof AdminCreateIssuer>

export const AdminUpdateIssuer = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  cma_number: cma,
  cnas_number: cnas,
  scope_categories: scopeCategories.optional(),
  scope_standard_codes: scopeStandards.optional(),
  active: z.boolean().optional(),
})
export type AdminUpdateIssuerType = z.infer<typeof AdminUpdateIssuer>
