import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkInvoiceRequest } from "@seleno/domain"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** More of one item than any shopper buys; larger quantities are refused before any work is done. */
export const MAX_LINE_QUANTITY = 999

/**
 * Medusa's validators take any number as a line quantity (1.5 went into a cart); a line is a whole
 * number of units, at least `min` (1 to add, 0 to update, which removes the line) and at most
 * MAX_LINE_QUANTITY.
 */
export function validateLineQuantity(min: 0 | 1) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const quantity = (req.body as { quantity?: unknown } | undefined)?.quantity
    if (typeof quantity === "number" && (!Number.isInteger(quantity) || quantity < min || quantity > MAX_LINE_QUANTITY)) {
      res.status(400).json({
        type: "invalid_data",
        message: `quantity must be a whole number from ${min} to ${MAX_LINE_QUANTITY}`,
        fields: ["quantity"],
      })
      return
    }
    next()
  }
}

/**
 * Medusa's routes for these answer an unknown id with a 500 (a TypeError reading the missing
 * record), so the record is looked up first and an unknown id gets a 404 that names it.
 */
export function requireExisting(entity: "cart" | "payment_collection", label: string) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const id = req.params.id ?? ""
    const notFound = (message: string) => res.status(404).json({ type: "not_found", message })
    // Medusa ids are prefix_ULID; anything else (a NUL byte makes PostgreSQL fail) cannot exist.
    if (!ID.test(id)) return notFound(`${label} with id: ${id.slice(0, 100)} was not found`)
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity, fields: entity === "cart" ? ["id", "items.id"] : ["id"], filters: { id } })
    if (!data.length) return notFound(`${label} with id: ${id} was not found`)
    // Deleting a line the cart does not have "succeeds" in Medusa; say that it is not there.
    const lineId = req.params.line_id
    if (lineId !== undefined && !(data[0] as { items?: ({ id: string } | null)[] }).items?.some((item) => item?.id === lineId)) {
      return notFound(`Line item with id: ${lineId.slice(0, 100)} is not in cart ${id}`)
    }
    next()
  }
}

const ID = /^[A-Za-z0-9_-]{1,100}$/

/**
 * A 发票 request reaches the cart as `metadata.invoice`; Medusa takes any metadata, so the request
 * is checked here by the domain's rule (个人: a name; 单位: a company title and a valid taxpayer
 * id) and stored in its checked form. A bad one is a 400 that names the field, and nothing changes.
 */
export function validateInvoiceMetadata(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const metadata = (req.body as { metadata?: unknown } | undefined)?.metadata
  if (!metadata || typeof metadata !== "object" || !("invoice" in metadata)) return next()
  const invoice = (metadata as Record<string, unknown>).invoice
  // Clearing the request is allowed (Medusa removes a metadata key set to "" or null).
  if (invoice === null || invoice === "") return next()
  const checked = checkInvoiceRequest(invoice)
  if ("code" in checked) {
    res.status(400).json({ type: "invalid_data", code: checked.code, message: checked.reason, fields: [`metadata.invoice.${checked.field}`] })
    return
  }
  // Medusa's own validator may have run already: store the checked form in both bodies.
  ;(metadata as Record<string, unknown>).invoice = checked.request
  const validated = (req as { validatedBody?: { metadata?: Record<string, unknown> } }).validatedBody
  if (validated?.metadata && typeof validated.metadata === "object") validated.metadata.invoice = checked.request
  next()
}
