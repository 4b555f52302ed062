import { validateAndTransformBody, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { INVALID_FIELD_CODE } from "@seleno/domain"

type Schema = z.ZodType

/** The first field a body fails on: an issue's path, or the first key a strict schema did not know. */
async function firstRefusedField(schema: Schema, body: unknown): Promise<string | undefined> {
  const strict = "strict" in schema && typeof schema.strict === "function" ? (schema.strict() as Schema) : schema
  const parsed = await strict.safeParseAsync(body)
  if (parsed.success) return undefined
  const issue = parsed.error.issues[0]
  if (!issue) return undefined
  if (issue.code === "unrecognized_keys") return String((issue as { keys?: string[] }).keys?.[0] ?? "")
  return issue.path.map(String).join(".") || undefined
}

/**
 * Medusa's body validation (same parsing, same message, validatedBody as before) whose refusal also
 * carries the code `invalid_field` and the field, which the portal words in the page's language.
 */
export function validateCodedBody(schema: Schema) {
  const validate = validateAndTransformBody(schema)
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    validate(req, res, (error?: unknown) => {
      if (!(error instanceof MedusaError) || error.type !== MedusaError.Types.INVALID_DATA) return next(error)
      void firstRefusedField(schema, req.body).then(
        (field) => next(field ? Object.assign(error, { code: INVALID_FIELD_CODE, params: { field } }) : error),
        () => next(error)
      )
    })
}
