import FulfillmentModule from "@medusajs/medusa/fulfillment"
import { defineLink } from "@medusajs/framework/utils"
import EnterpriseModule from "../modules/enterprise"

/**
 * A parcel: an enterprise ships each temperature class it sells under its own shipping profile
 * (ambient, chilled, frozen), so the cart asks for one shipping method per enterprise parcel.
 */
export default defineLink({ linkable: EnterpriseModule.linkable.enterprise }, { linkable: FulfillmentModule.linkable.shippingProfile, isList: true })
