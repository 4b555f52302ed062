import StockLocationModule from "@medusajs/medusa/stock-location"
import { defineLink } from "@medusajs/framework/utils"
import EnterpriseModule from "../modules/enterprise"

/** Where an enterprise ships from: its base's warehouse, not a shared platform one. */
export default defineLink({ linkable: EnterpriseModule.linkable.enterprise }, { linkable: StockLocationModule.linkable.stockLocation, isList: true })
