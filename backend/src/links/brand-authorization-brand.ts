import { defineLink } from "@medusajs/framework/utils"
import BrandModule from "../modules/brand"
import EnterpriseModule from "../modules/enterprise"

/** An authorization grants the use of one brand; a brand has many authorizations. */
export default defineLink({ linkable: EnterpriseModule.linkable.brandAuthorization, isList: true }, BrandModule.linkable.brand)
