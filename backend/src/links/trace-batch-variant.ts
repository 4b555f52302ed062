import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import TraceabilityModule from "../modules/traceability"

/** A variant is produced in many batches; a batch is of one variant. */
export default defineLink(ProductModule.linkable.productVariant, { linkable: TraceabilityModule.linkable.traceBatch, isList: true })
