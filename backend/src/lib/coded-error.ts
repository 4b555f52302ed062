import type { MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  AUTHORIZATION_REQUEST_PROBLEM_CODES,
  FILE_PROBLEM_CODES,
  PROFILE_CHANGE_PROBLEM_CODES,
  FULFILMENT_PROBLEM_CODES,
  INTAKE_PROBLEM_CODES,
  INVALID_FIELD_CODE,
  LABEL_PROBLEM_CODES,
  ROLE_PROBLEM_CODE,
  TEAM_PROBLEM_CODES,
  TRACKING_PROBLEM_CODES,
  LISTING_SALE_PROBLEM_CODES,
  PACKING_SLIP_PROBLEM_CODES,
  VARIANT_GTIN_PROBLEM_CODES,
  PRODUCT_IMPORT_PROBLEM_CODES,
} from "@seleno/domain"

/** A refusal the portal translates: a code from @seleno/domain and the params its message needs. */
export interface CodedProblem {
  code: string
  params: Record<string, string | number>
  message: string
}

const TRANSLATED_CODES: ReadonlySet<string> = new Set([
  ...INTAKE_PROBLEM_CODES,
  ...FILE_PROBLEM_CODES,
  ...TEAM_PROBLEM_CODES,
  ROLE_PROBLEM_CODE,
  INVALID_FIELD_CODE,
  ...AUTHORIZATION_REQUEST_PROBLEM_CODES,
  ...PROFILE_CHANGE_PROBLEM_CODES,
  ...LABEL_PROBLEM_CODES,
  ...TRACKING_PROBLEM_CODES,
  ...FULFILMENT_PROBLEM_CODES,
  ...LISTING_SALE_PROBLEM_CODES,
  ...VARIANT_GTIN_PROBLEM_CODES,
  ...PRODUCT_IMPORT_PROBLEM_CODES,
  ...PACKING_SLIP_PROBLEM_CODES,
])

/**
 * A 400 carrying the problem's code and params. Medusa puts `code` in the response itself; the params
 * survive a workflow (its engine copies an error's own properties) and reach the response through
 * `withErrorParams`.
 */
export function codedError(problem: CodedProblem, type: string = MedusaError.Types.INVALID_DATA): MedusaError {
  const error = new MedusaError(type, problem.message, problem.code)
  Object.assign(error, { params: problem.params })
  return error
}

/** Wraps an error handler so a coded refusal's params (and `problems`, when it lists some) are answered next to its code and message. */
export function withErrorParams(handler: MedusaErrorHandlerFunction): MedusaErrorHandlerFunction {
  return (error, req, res, next) => {
    const { code, params, problems } = (error ?? {}) as { code?: unknown; params?: unknown; problems?: unknown }
    if (typeof code === "string" && TRANSLATED_CODES.has(code) && params && typeof params === "object") {
      // A refusal of many parts (a product sheet's rows) lists each part's own coded problem.
      const extra = Array.isArray(problems) ? { params, problems } : { params }
      const json = res.json.bind(res)
      res.json = ((body: unknown) => json(body && typeof body === "object" ? { ...body, ...extra } : body)) as typeof res.json
    }
    return handler(error, req, res, next)
  }
}
