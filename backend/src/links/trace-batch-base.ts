import { defineLink } from "@medusajs/framework/utils"
import EnterpriseModule from "../modules/enterprise"
import TraceabilityModule from "../modules/traceability"

/** The production base a batch came from. */
export default defineLink(EnterpriseModule.linkable.enterpriseBase, { linkable: TraceabilityModule.linkable.traceBatch, isList: true })
