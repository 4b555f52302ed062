import { defineLink } from "@medusajs/framework/utils"
import EnterpriseModule from "../modules/enterprise"
import TraceabilityModule from "../modules/traceability"

/** The enterprise that produced a batch. */
export default defineLink(EnterpriseModule.linkable.enterprise, { linkable: TraceabilityModule.linkable.traceBatch, isList: true })
