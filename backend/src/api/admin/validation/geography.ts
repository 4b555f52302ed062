import { z } from "@medusajs/framework/zod"
import { findCounty, findRegion, REGIONS } from "@seleno/domain"

/** A region code from the domain data (ankang, gannan, enshi …). */
export const regionCode = z
  .string()
  .trim()
  .refine((code) => Boolean(findRegion(code)), {
    error: (issue) => `region "${String(issue.input)}" is not a selenium region we know; use one of ${REGIONS.map((r) => r.code).join(", ")}`,
  })

/** A county code from the domain data: a first-plans slug (ziyang, langao …) or a division code (422822). */
export const countyCode = z
  .string()
  .trim()
  .refine((code) => Boolean(findCounty(code)), {
    error: (issue) => `county "${String(issue.input)}" is not a county of the provinces we serve; use a code such as ziyang or 422822`,
  })
